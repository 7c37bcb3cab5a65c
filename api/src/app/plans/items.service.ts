import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EvaluationDoneResult, ItemView, PeriodState, planEditable } from '@pantau/domain';
import { ScopeService } from '../access/scope.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';
import { applyCellDelta } from '../scores/score-sql';
import { CreateItemDto, UpdateItemDto } from './dto/item.dto';
import { ItemAccess } from './item-access.service';
import { ItemViews } from './item-views.service';

const ITEM_FIELDS = ['title', 'description', 'cadence', 'workUnitId', 'criterionId'] as const;

@Injectable()
export class ItemsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly access: ItemAccess,
    private readonly views: ItemViews,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, periodId: number, agencyId: number, pillar?: string): Promise<ItemView[]> {
    await this.scope.assertAgencyVisible(user, agencyId);
    await this.periodState(this.dataSource.manager, periodId);
    return this.views.build(
      this.dataSource.manager,
      user,
      `i.period_id = $1 AND i.agency_id = $2 AND ($3::text IS NULL OR i.pillar_code = $3)`,
      [periodId, agencyId, pillar ?? null],
    );
  }

  async get(user: AuthUser, itemId: number, m: EntityManager = this.dataSource.manager): Promise<ItemView> {
    await this.access.load(user, itemId, m);
    const [view] = await this.views.build(m, user, `i.id = $1`, [itemId]);
    return view!;
  }

  async create(user: AuthUser, periodId: number, agencyId: number, dto: CreateItemDto): Promise<ItemView> {
    await this.scope.assertAgencyVisible(user, agencyId);
    this.assertEditor(user, agencyId);
    const id = await this.dataSource.transaction(async (m) => {
      this.assertEditable(await this.periodState(m, periodId, true));
      await this.checkRefs(m, agencyId, dto.pillar, dto.workUnitId ?? null, dto.criterionId ?? null, periodId);
      const [plan] = await m.query(
        `INSERT INTO action_plan (agency_id, period_id) VALUES ($1, $2)
         ON CONFLICT (agency_id, period_id) DO UPDATE SET agency_id = EXCLUDED.agency_id RETURNING id`,
        [agencyId, periodId],
      );
      const [row] = await m.query(
        `INSERT INTO plan_item (plan_id, agency_id, period_id, pillar_code, criterion_id, work_unit_id, title, description, cadence)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          plan.id,
          agencyId,
          periodId,
          dto.pillar,
          dto.criterionId ?? null,
          dto.workUnitId ?? null,
          dto.title.trim(),
          dto.description?.trim() || null,
          dto.cadence ?? 'monthly',
        ],
      );
      await applyCellDelta(m, periodId, agencyId, dto.pillar, { red: 0, yellow: 0, green: 0, grey: 1 });
      await this.audit.record(m, {
        action: 'item.created',
        entityType: 'item',
        entityId: row.id,
        agencyId,
        periodId,
        after: dto,
      });
      return row.id as number;
    });
    return this.get(user, id);
  }

  async update(user: AuthUser, itemId: number, dto: UpdateItemDto): Promise<ItemView> {
    await this.dataSource.transaction(async (m) => {
      const item = await this.access.load(user, itemId, m, true);
      this.assertEditor(user, item.agencyId);
      this.assertEditable(item.periodState);
      const [before] = await m.query(
        `SELECT title, description, cadence, work_unit_id AS "workUnitId", criterion_id AS "criterionId" FROM plan_item WHERE id = $1`,
        [itemId],
      );
      const next = { ...before };
      for (const f of ITEM_FIELDS)
        if (dto[f] !== undefined) next[f] = typeof dto[f] === 'string' ? (dto[f] as string).trim() : dto[f];
      await this.checkRefs(m, item.agencyId, item.pillarCode, next.workUnitId, next.criterionId, item.periodId);
      await m.query(
        `UPDATE plan_item SET title = $2, description = $3, cadence = $4, work_unit_id = $5, criterion_id = $6, updated_at = now() WHERE id = $1`,
        [itemId, next.title, next.description || null, next.cadence, next.workUnitId, next.criterionId],
      );
      await this.audit.record(m, {
        action: 'item.updated',
        entityType: 'item',
        entityId: itemId,
        agencyId: item.agencyId,
        periodId: item.periodId,
        before,
        after: next,
      });
    });
    return this.get(user, itemId);
  }

  async remove(user: AuthUser, itemId: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const item = await this.access.load(user, itemId, m, true);
      this.assertEditor(user, item.agencyId);
      this.assertEditable(item.periodState);
      if (item.version > 0)
        throw apiError(409, 'item-has-ratings', {}, 'This item has ratings on record and cannot be deleted');
      const [before] = await m.query(`SELECT title, pillar_code FROM plan_item WHERE id = $1`, [itemId]);
      await m.query(`DELETE FROM plan_item WHERE id = $1`, [itemId]);
      await applyCellDelta(m, item.periodId, item.agencyId, item.pillarCode, { red: 0, yellow: 0, green: 0, grey: -1 });
      await this.audit.record(m, {
        action: 'item.deleted',
        entityType: 'item',
        entityId: itemId,
        agencyId: item.agencyId,
        periodId: item.periodId,
        before,
      });
    });
  }

  /** The assigned evaluator marks an agency's evaluation done once every item is rated. */
  async markEvaluated(user: AuthUser, periodId: number, agencyId: number): Promise<EvaluationDoneResult> {
    return this.dataSource.transaction(async (m) => {
      await this.scope.assertCanRate(user, periodId, agencyId, m);
      const state = await this.periodState(m, periodId, true);
      if (state !== 'evaluation') {
        const message = `The period is "${state}"; evaluations are marked done during evaluation`;
        throw apiError(409, 'evaluation-done-outside-evaluation', { state }, message);
      }
      const [{ unrated, total }] = await m.query(
        `SELECT count(*) FILTER (WHERE current_rating_id IS NULL)::int AS unrated, count(*)::int AS total
         FROM plan_item WHERE period_id = $1 AND agency_id = $2`,
        [periodId, agencyId],
      );
      if (total === 0)
        throw apiError(409, 'agency-has-no-items', {}, 'This agency has no action-plan items in this period');
      if (unrated > 0) {
        const message = `${unrated} of ${total} items are not rated yet; rate them first`;
        throw apiError(409, 'items-not-all-rated', { unrated, total }, message);
      }
      // A plain SELECT after the UPDATE: TypeORM answers UPDATE … RETURNING as [rows, count].
      await m.query(
        `UPDATE action_plan SET evaluated_at = now(), evaluated_by = $3 WHERE period_id = $1 AND agency_id = $2`,
        [periodId, agencyId, user.id],
      );
      const [plan] = await m.query(`SELECT evaluated_at FROM action_plan WHERE period_id = $1 AND agency_id = $2`, [
        periodId,
        agencyId,
      ]);
      await this.audit.record(m, {
        action: 'plan.evaluated',
        entityType: 'plan',
        entityId: `${periodId}:${agencyId}`,
        agencyId,
        periodId,
        after: plan,
      });
      return { evaluatedAt: new Date(plan.evaluated_at).toISOString() };
    });
  }

  private assertEditor(user: AuthUser, agencyId: number): void {
    if (user.role === 'agency' && user.agencyId !== agencyId) {
      // A province team sees its units' plans but each unit maintains its own.
      throw apiError(403, 'plan-not-own', {}, 'Only the agency team itself edits its action plan');
    }
  }

  private assertEditable(state: PeriodState): void {
    if (!planEditable(state)) {
      const message = `Action plans can be changed only while the period is open; this period is "${state}"`;
      throw apiError(409, 'plan-locked', { state }, message);
    }
  }

  private async periodState(m: EntityManager, periodId: number, lock = false): Promise<PeriodState> {
    const [p] = await m.query(`SELECT state FROM period WHERE id = $1 ${lock ? 'FOR SHARE' : ''}`, [periodId]);
    if (!p) throw apiError(404, 'period-not-found', {}, 'Period not found');
    return p.state;
  }

  private async checkRefs(
    m: EntityManager,
    agencyId: number,
    pillar: string,
    workUnitId: number | null,
    criterionId: number | null,
    periodId: number,
  ): Promise<void> {
    if (workUnitId) {
      const ok = await m.query(`SELECT 1 FROM work_unit WHERE id = $1 AND agency_id = $2`, [workUnitId, agencyId]);
      if (ok.length === 0) {
        const message = `Work unit ${workUnitId} does not belong to this agency`;
        throw apiError(400, 'work-unit-not-of-agency', { workUnitId }, message);
      }
    }
    if (criterionId) {
      const ok = await m.query(
        `SELECT 1 FROM criterion c JOIN period p ON p.instrument_version = c.instrument_version
         WHERE c.id = $1 AND c.pillar_code = $2 AND p.id = $3`,
        [criterionId, pillar, periodId],
      );
      if (ok.length === 0) {
        const message = `Criterion ${criterionId} is not a criterion of this pillar in this period's instrument`;
        throw apiError(400, 'criterion-not-of-pillar', { criterionId }, message);
      }
    }
  }
}
