import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BATCHES } from '@pantau/domain';
import type {
  Batch,
  FollowUpCounts,
  FollowUpPage,
  FollowUpSort,
  FollowUpSummary,
  FollowUpTally,
  FollowUpView,
} from '@pantau/domain';
import { scopeCondition, scopeIncludes } from '../access/agency-scope';
import { ScopeService } from '../access/scope.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';
import { tanggal } from '../notifications/indonesian-text';
import { NotificationsService } from '../notifications/notifications.service';
import { FollowUpSummaryQuery } from './dto/coordination.dto';
import { FollowUpQuery } from './dto/follow-up.dto';
import { likePattern } from '../common/like-pattern';
import { needsFollowUpSql, overdueSql } from './follow-up-sql';
import { FOLLOW_UP_VIEW_SELECT, toFollowUpView } from './follow-up-view';

const PILLAR_JOIN = ' JOIN pillar pl ON pl.code = i.pillar_code';

/** The joins a condition or an order needs, by the aliases it names (a: agency, i: plan item, pl: pillar). */
function joinsFor(sql: string): string {
  const item = /\b(i|pl)\./.test(sql);
  return (
    (/\ba\./.test(sql) ? ' JOIN agency a ON a.id = f.agency_id' : '') +
    (item ? ' JOIN plan_item i ON i.id = f.item_id' : '') +
    (/\bpl\./.test(sql) ? PILLAR_JOIN : '')
  );
}

const ORDER: Record<FollowUpSort, string> = {
  due: 'f.due_date, f.id',
  agency: 'a.name, a.id, f.due_date, f.id',
  pillar: 'pl.position, f.due_date, f.id',
};

@Injectable()
export class FollowUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Called inside the transition to 'published': opens a follow-up for every red item (and yellow, when the
   * period says so) that has no active one, and tells each agency's team. Returns how many were opened.
   */
  async openForPublishedPeriod(m: EntityManager, periodId: number): Promise<number> {
    const opened: Array<{ agencyId: number; ids: number[]; itemIds: number[]; dueDate: string }> = await m.query(
      `WITH ins AS (
         INSERT INTO follow_up (item_id, period_id, agency_id, state, due_date)
         SELECT i.id, i.period_id, i.agency_id, 'open', CURRENT_DATE + p.follow_up_days
         FROM plan_item i
         JOIN period p ON p.id = i.period_id
         JOIN rating r ON r.id = i.current_rating_id
         WHERE i.period_id = $1 AND ${needsFollowUpSql('r.color', 'p.follow_up_on_yellow')}
           AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.item_id = i.id AND f.state <> 'accepted')
         ON CONFLICT (item_id) WHERE state <> 'accepted' DO NOTHING
         RETURNING id, item_id, agency_id, due_date)
       SELECT agency_id AS "agencyId", array_agg(id ORDER BY id) AS ids, array_agg(item_id ORDER BY id) AS "itemIds",
              min(due_date)::text AS "dueDate"
       FROM ins GROUP BY agency_id ORDER BY agency_id`,
      [periodId],
    );
    for (const a of opened) {
      await this.audit.record(m, {
        action: 'follow-up.opened',
        entityType: 'follow-up',
        agencyId: a.agencyId,
        periodId,
        after: { periodId, followUpIds: a.ids, itemIds: a.itemIds, dueDate: a.dueDate },
      });
    }
    await this.notifications.notifyAgencies(
      m,
      opened.map((a) => ({
        agencyId: a.agencyId,
        kind: 'follow-up-opened',
        title: 'Tindak lanjut hasil evaluasi',
        body: `${a.ids.length} butir rencana aksi perlu ditindaklanjuti sebelum ${tanggal(a.dueDate)}.`,
        link: `/follow-ups?periodId=${periodId}`,
        periodId,
        dedupeKey: `follow-up-opened:${periodId}:${a.agencyId}`,
      })),
    );
    return opened.reduce((n, a) => n + a.ids.length, 0);
  }

  /**
   * The follow-ups the caller may see, filtered, sorted and paged on the server, with counts per state for the same
   * filter without the state (so a page can say "1.053 in all: 990 awaiting an answer, 41 answered...").
   */
  async list(user: AuthUser, q: FollowUpQuery): Promise<FollowUpPage> {
    const filter = await this.filter(user, q);
    const stateParams = [...filter.params];
    const withState = q.state ? `${filter.where} AND f.state = $${stateParams.push(q.state)}` : filter.where;
    const pageSize = q.pageSize ?? 50;
    const offset = ((q.page ?? 1) - 1) * pageSize;
    const order = ORDER[q.sort ?? 'due'];
    // The page's ids first, joining only what the filter and the order name; then the page's views. Joining every
    // table for all matching rows cost more than the question (bench: the evaluator's list, recomputed).
    const [rows, [counts]] = await Promise.all([
      this.dataSource.query(
        `WITH page AS MATERIALIZED (
           SELECT f.id FROM follow_up f${joinsFor(`${withState} ${order}`)}
           WHERE ${withState} ORDER BY ${order} LIMIT ${pageSize} OFFSET ${offset})
         ${FOLLOW_UP_VIEW_SELECT} JOIN page ON page.id = f.id${order.includes('pl.') ? PILLAR_JOIN : ''}
         ORDER BY ${order}`,
        stateParams,
      ),
      this.dataSource.query(
        `SELECT count(*) FILTER (WHERE f.state = 'open')::int AS open,
                count(*) FILTER (WHERE f.state = 'responded')::int AS responded,
                count(*) FILTER (WHERE f.state = 'accepted')::int AS accepted,
                count(*) FILTER (WHERE f.state = 'rejected')::int AS rejected,
                count(*) FILTER (WHERE ${overdueSql('f')})::int AS overdue
         FROM follow_up f${joinsFor(filter.where)}
         WHERE ${filter.where}`,
        filter.params,
      ),
    ]);
    const c = counts as FollowUpCounts;
    const total = q.state ? c[q.state] : c.open + c.responded + c.accepted + c.rejected;
    return { items: rows.map((r: Record<string, any>) => this.toView(user, r)), total, counts: c };
  }

  /** The list's conditions but the state. Only the filters given become conditions, so indexes stay usable. */
  private async filter(user: AuthUser, q: FollowUpQuery): Promise<{ where: string; params: unknown[] }> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    const add = (sql: (n: string) => string, value: unknown) => {
      if (value === undefined || value === null) return;
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (q.agencyId !== undefined) await this.scope.assertAgencyVisible(user, q.agencyId);
    add((n) => `f.period_id = ${n}`, q.periodId);
    add((n) => `f.agency_id = ${n}`, q.agencyId);
    add((n) => `a.batch_code = ${n}`, q.batch);
    add((n) => `a.type = ${n}`, q.agencyType);
    add((n) => `i.pillar_code = ${n}`, q.pillar);
    if (q.q?.trim()) add((n) => `(i.title ILIKE ${n} OR a.name ILIKE ${n})`, likePattern(q.q.trim()));
    if (q.overdue !== undefined) conditions.push(q.overdue === 'true' ? overdueSql('f') : `NOT ${overdueSql('f')}`);
    if (q.province !== undefined) {
      add(
        (n) => `(a.province_code = ${n} OR a.parent_id IN (SELECT id FROM agency WHERE province_code = ${n}))`,
        await this.provinceCode(user, q.province),
      );
    }
    if (q.assigned === 'me') {
      if (user.role !== 'evaluator') {
        throw apiError(
          400,
          'assigned-me-not-evaluator',
          {},
          'assigned=me lists the agencies an evaluator is assigned to; you are not one',
        );
      }
      add(
        (n) =>
          `EXISTS (SELECT 1 FROM evaluator_assignment ea
                   WHERE ea.period_id = f.period_id AND ea.agency_id = f.agency_id AND ea.evaluator_id = ${n})`,
        user.id,
      );
    }
    conditions.push(scopeCondition(await this.scope.scopeOf(user), params, 'f.agency_id', 'a.batch_code'));
    return { where: conditions.join(' AND '), params };
  }

  /** The two-digit code of a province the user may see; 404 when it is outside their scope, 400 when not a province. */
  private async provinceCode(user: AuthUser, provinceId: number): Promise<string> {
    await this.scope.assertAgencyVisible(user, provinceId);
    const [row]: Array<{ code: string | null; type: string }> = await this.dataSource.query(
      `SELECT province_code AS code, type FROM agency WHERE id = $1`,
      [provinceId],
    );
    if (row?.type !== 'provinsi' || !row.code) {
      throw apiError(
        400,
        'not-a-province',
        { agencyId: provinceId },
        'province must be the id of an agency of type provinsi',
      );
    }
    return row.code;
  }

  /**
   * How each batch and province stands in a period's follow-up window, for leadership (and coordinators, their
   * province only). Provinces with the largest share overdue come first, then the most still awaiting an answer.
   */
  async summary(user: AuthUser, q: FollowUpSummaryQuery): Promise<FollowUpSummary> {
    const params: unknown[] = [q.periodId];
    const conditions = ['f.period_id = $1'];
    if (q.batch) conditions.push(`a.batch_code = $${params.push(q.batch)}`);
    conditions.push(scopeCondition(await this.scope.scopeOf(user), params, 'f.agency_id', 'a.batch_code'));
    const rows: Array<FollowUpTally & { batch: Batch; provinceId: number | null; name: string | null; g: number }> =
      await this.dataSource.query(
        `SELECT a.batch_code AS batch, prov.id AS "provinceId", prov.name, GROUPING(prov.id, prov.name) AS g,
                count(*)::int AS total,
                count(*) FILTER (WHERE f.state = 'open')::int AS open,
                count(*) FILTER (WHERE f.state = 'responded')::int AS responded,
                count(*) FILTER (WHERE f.state = 'accepted')::int AS accepted,
                count(*) FILTER (WHERE f.state = 'rejected')::int AS rejected,
                count(*) FILTER (WHERE ${overdueSql('f')})::int AS overdue
         FROM follow_up f
         JOIN agency a ON a.id = f.agency_id
         LEFT JOIN agency pa ON pa.id = a.parent_id
         LEFT JOIN agency prov ON prov.type = 'provinsi' AND prov.province_code = COALESCE(a.province_code, pa.province_code)
         WHERE ${conditions.join(' AND ')}
         GROUP BY GROUPING SETS ((a.batch_code), (a.batch_code, prov.id, prov.name))`,
        params,
      );
    const tally = (r: FollowUpTally): FollowUpTally => ({
      total: r.total,
      open: r.open,
      responded: r.responded,
      accepted: r.accepted,
      rejected: r.rejected,
      overdue: r.overdue,
    });
    const worst = (a: FollowUpTally, b: FollowUpTally) =>
      b.overdue / b.total - a.overdue / a.total || (b.open + b.rejected) / b.total - (a.open + a.rejected) / a.total;
    return {
      periodId: q.periodId,
      batches: rows
        .filter((r) => r.g !== 0)
        .map((r) => ({ batch: r.batch, ...tally(r) }))
        .sort((a, b) => BATCHES.indexOf(a.batch) - BATCHES.indexOf(b.batch)),
      provinces: rows
        .filter((r) => r.g === 0 && r.provinceId !== null)
        .map((r) => ({ provinceId: r.provinceId!, name: r.name!, batch: r.batch, ...tally(r) }))
        .sort(worst),
    };
  }

  /** One follow-up, or 404 when it does not exist or lies outside the user's scope. */
  async get(user: AuthUser, id: number, m: EntityManager = this.dataSource.manager): Promise<FollowUpView> {
    const [row] = await m.query(`${FOLLOW_UP_VIEW_SELECT} WHERE f.id = $1`, [id]);
    const notFound = () => apiError(404, 'follow-up-not-found', {}, 'Follow-up not found');
    if (!row) throw notFound();
    if (!scopeIncludes(await this.scope.scopeOf(user), { id: row.agencyId, batchCode: row.agencyBatch })) {
      throw notFound();
    }
    return this.toView(user, row);
  }

  private toView(user: AuthUser, row: Record<string, any>): FollowUpView {
    return toFollowUpView(row, (state) => this.scope.canSeeResults(user, state));
  }
}
