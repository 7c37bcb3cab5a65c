import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { agenciesMayAnswer, awaitsAnswer, COLOR_NAMES, evaluatorsMayDecide } from '@pantau/domain';
import type { FollowUpState, FollowUpView, PeriodState } from '@pantau/domain';
import { scopeIncludes } from '../access/agency-scope';
import { ScopeService } from '../access/scope.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { apiError, ApiError } from '../common/api-error';
import { quote, tanggal } from '../notifications/indonesian-text';
import { NotificationsService } from '../notifications/notifications.service';
import { RatingsService } from '../ratings/ratings.service';
import { FollowUpDecisionDto, FollowUpResponseDto } from './dto/follow-up.dto';
import { FollowUpsService } from './follow-ups.service';

interface LockedFollowUp {
  id: number;
  itemId: number;
  agencyId: number;
  periodId: number;
  state: FollowUpState;
  dueDate: string;
  periodState: PeriodState;
  followUpDays: number;
  agencyBatch: string;
  agencyName: string;
  itemTitle: string;
}

/**
 * The agency answers, the assigned evaluator decides. Each step locks the follow-up row first,
 * so two decisions sent at once are applied once and the second sees the state the first left.
 */
@Injectable()
export class FollowUpWorkflow {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly ratings: RatingsService,
    private readonly followUps: FollowUpsService,
  ) {}

  respond(user: AuthUser, id: number, dto: FollowUpResponseDto): Promise<FollowUpView> {
    return this.dataSource.transaction(async (m) => {
      const f = await this.lock(m, user, id);
      if (user.role === 'agency' && user.agencyId !== f.agencyId) {
        throw apiError(403, 'follow-up-not-own', {}, 'Only the agency team itself answers its follow-ups');
      }
      if (!agenciesMayAnswer(f.periodState)) {
        const message = `Follow-ups are answered while results are published or in the follow-up window; this period is "${f.periodState}"`;
        throw apiError(409, 'follow-up-answer-closed', { state: f.periodState }, message);
      }
      if (!awaitsAnswer(f.state)) {
        throw this.stateConflict(f, 'only an open or rejected follow-up can be answered');
      }
      const text = dto.text.trim();
      await m.query(
        `UPDATE follow_up SET state = 'responded', response = $2, evidence_url = $3, responded_at = now(), responded_by = $4,
                updated_at = now()
         WHERE id = $1`,
        [id, text, dto.evidenceUrl.trim(), user.id],
      );
      await this.audit.record(m, {
        action: 'follow-up.responded',
        entityType: 'follow-up',
        entityId: id,
        agencyId: f.agencyId,
        periodId: f.periodId,
        before: { state: f.state },
        after: { state: 'responded', response: text, evidenceUrl: dto.evidenceUrl },
      });
      const evaluators: Array<{ id: number }> = await m.query(
        `SELECT evaluator_id AS id FROM evaluator_assignment WHERE period_id = $1 AND agency_id = $2`,
        [f.periodId, f.agencyId],
      );
      await this.notifications.notifyUsers(
        m,
        evaluators.map((e) => e.id),
        {
          kind: 'follow-up-responded',
          title: 'Tanggapan tindak lanjut masuk',
          body: `${f.agencyName} menanggapi ${quote(f.itemTitle)}; mohon diputuskan.`,
          link: `/follow-ups/${id}`,
          periodId: f.periodId,
        },
      );
      return this.followUps.get(user, id, m);
    });
  }

  decide(user: AuthUser, id: number, dto: FollowUpDecisionDto): Promise<FollowUpView> {
    return this.dataSource.transaction(async (m) => {
      const f = await this.lock(m, user, id);
      await this.scope.assertCanRate(user, f.periodId, f.agencyId, m);
      if (!evaluatorsMayDecide(f.periodState)) {
        const message = `Follow-ups are decided in the follow-up window; this period is "${f.periodState}"`;
        throw apiError(409, 'follow-up-decide-closed', { state: f.periodState }, message);
      }
      if (f.state !== 'responded') throw this.stateConflict(f, 'only a responded follow-up can be decided');
      const note = dto.note?.trim() || null;
      if (dto.decision === 'accept') {
        const color = dto.color!;
        const { rating } = await this.ratings.rateIn(
          m,
          user,
          f.itemId,
          { color, note, recommendation: null, expectedVersion: null },
          'follow-up-rating',
        );
        await m.query(
          `UPDATE follow_up SET state = 'accepted', decision = 'accept', decision_note = $2, decided_at = now(), decided_by = $3,
                  rating_id = $4, updated_at = now()
           WHERE id = $1`,
          [id, note, user.id, rating.id],
        );
        await this.record(m, f, { state: 'accepted', color, ratingId: rating.id, note });
        await this.notifications.notifyAgency(m, f.agencyId, {
          kind: 'follow-up-accepted',
          title: 'Tindak lanjut diterima',
          body: `${quote(f.itemTitle)} dinilai ulang: ${COLOR_NAMES[color].id}.`,
          link: `/follow-ups/${id}`,
          periodId: f.periodId,
        });
      } else {
        // A rejection reopens the follow-up with a fresh deadline, so the reminders start over.
        const [{ dueDate }] = await m.query(
          `WITH upd AS (
             UPDATE follow_up SET state = 'rejected', decision = 'reject', decision_note = $2, decided_at = now(), decided_by = $3,
                    due_date = CURRENT_DATE + $4::int, reminders_sent = '{}', updated_at = now()
             WHERE id = $1 RETURNING due_date)
           SELECT due_date::text AS "dueDate" FROM upd`,
          [id, note, user.id, f.followUpDays],
        );
        await this.record(m, f, { state: 'rejected', dueDate, note });
        await this.notifications.notifyAgency(m, f.agencyId, {
          kind: 'follow-up-rejected',
          title: 'Tindak lanjut ditolak',
          body: `${quote(f.itemTitle)}: ${quote(note!, 200)}. Tanggapi kembali sebelum ${tanggal(dueDate)}.`,
          link: `/follow-ups/${id}`,
          periodId: f.periodId,
        });
      }
      return this.followUps.get(user, id, m);
    });
  }

  private async lock(m: EntityManager, user: AuthUser, id: number): Promise<LockedFollowUp> {
    const [row] = await m.query(
      `SELECT f.id, f.item_id AS "itemId", f.agency_id AS "agencyId", f.period_id AS "periodId", f.state,
              f.due_date::text AS "dueDate", p.state AS "periodState", p.follow_up_days AS "followUpDays",
              a.batch_code AS "agencyBatch", a.name AS "agencyName", i.title AS "itemTitle"
       FROM follow_up f
       JOIN period p ON p.id = f.period_id
       JOIN agency a ON a.id = f.agency_id
       JOIN plan_item i ON i.id = f.item_id
       WHERE f.id = $1
       FOR UPDATE OF f`,
      [id],
    );
    if (!row || !scopeIncludes(await this.scope.scopeOf(user), { id: row.agencyId, batchCode: row.agencyBatch })) {
      throw apiError(404, 'follow-up-not-found', {}, 'Follow-up not found');
    }
    return row;
  }

  private record(m: EntityManager, f: LockedFollowUp, after: Record<string, unknown>): Promise<void> {
    return this.audit.record(m, {
      action: `follow-up.${after['state']}`,
      entityType: 'follow-up',
      entityId: f.id,
      agencyId: f.agencyId,
      periodId: f.periodId,
      before: { state: f.state, dueDate: f.dueDate },
      after,
    });
  }

  private stateConflict(f: LockedFollowUp, rule: string): ApiError<'follow-up-state-changed'> {
    const message = `This follow-up is now "${f.state}": ${rule}. Reload it to see the latest state.`;
    return apiError(409, 'follow-up-state-changed', { state: f.state }, message, { state: f.state });
  }
}
