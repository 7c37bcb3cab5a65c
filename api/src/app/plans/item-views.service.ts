import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FollowUpView, isAgencyBound, ItemView, PeriodState, suggestColor } from '@pantau/domain';
import { ScopeService } from '../access/scope.service';
import type { AuthUser } from '../auth/auth-user';
import { referenceDate } from '../periods/period-view';
import { overdueSql } from '../follow-ups/follow-up-sql';
import { PublicationsService } from '../publications/publications.service';
import { toRatingView } from '../ratings/rating-view';

/** Builds ItemView read models for many items with a fixed number of queries, whatever their count. */
@Injectable()
export class ItemViews {
  constructor(
    private readonly publications: PublicationsService,
    private readonly scope: ScopeService,
  ) {}

  async build(m: EntityManager, user: AuthUser, where: string, params: unknown[]): Promise<ItemView[]> {
    const rows: Array<Record<string, any>> = await m.query(
      `SELECT i.id, i.plan_id, i.agency_id, i.period_id, i.pillar_code, i.criterion_id, i.work_unit_id, w.name AS work_unit_name,
              i.title, i.description, i.cadence, i.version, p.state AS period_state, p.year AS period_year,
              r.id::text AS r_id, r.color AS r_color, r.points AS r_points, r.note AS r_note, r.recommendation AS r_recommendation,
              r.version AS r_version, r.created_at AS r_created_at, r.evaluator_id AS r_evaluator_id, u.display_name AS r_evaluator_name
       FROM plan_item i
       JOIN period p ON p.id = i.period_id
       JOIN pillar pl ON pl.code = i.pillar_code
       LEFT JOIN work_unit w ON w.id = i.work_unit_id
       LEFT JOIN rating r ON r.id = i.current_rating_id
       LEFT JOIN app_user u ON u.id = r.evaluator_id
       WHERE ${where}
       ORDER BY pl.position, i.id`,
      params,
    );
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r['id'] as number);
    const refDate = referenceDate(rows[0]!['period_year']);
    const [summaries, followUps] = await Promise.all([
      this.publications.summaries(m, ids, refDate),
      this.followUps(m, ids),
    ]);
    return rows.map((r) => {
      const visible = this.scope.canSeeResults(user, r['period_state'] as PeriodState);
      const publications = summaries.get(r['id'])!;
      const suggestion = isAgencyBound(user.role) ? null : suggestColor(publications);
      return {
        id: r['id'],
        planId: r['plan_id'],
        agencyId: r['agency_id'],
        periodId: r['period_id'],
        pillar: r['pillar_code'],
        criterionId: r['criterion_id'],
        workUnit: r['work_unit_id'] ? { id: r['work_unit_id'], name: r['work_unit_name'] } : null,
        title: r['title'],
        description: r['description'],
        cadence: r['cadence'],
        // The version counts ratings: before publication it would tell an agency team which items were rated.
        version: visible ? r['version'] : null,
        rating:
          visible && r['r_id']
            ? toRatingView({
                id: r['r_id'],
                color: r['r_color'],
                points: r['r_points'],
                note: r['r_note'],
                recommendation: r['r_recommendation'],
                version: r['r_version'],
                createdAt: r['r_created_at'],
                evaluatorId: r['r_evaluator_id'],
                evaluatorName: r['r_evaluator_name'],
              })
            : null,
        publications,
        suggestion: suggestion
          ? { color: suggestion.color, reason: suggestion.reasonId, reasonEn: suggestion.reasonEn }
          : null,
        followUp: followUps.get(r['id']) ?? null,
      };
    });
  }

  private async followUps(m: EntityManager, itemIds: number[]): Promise<Map<number, FollowUpView>> {
    const rows: Array<Record<string, any>> = await m.query(
      `SELECT DISTINCT ON (item_id) id, item_id, agency_id, period_id, state, due_date::text AS due_date, response, evidence_url,
              responded_at, decision_note, decided_at, ${overdueSql('f')} AS overdue
       FROM follow_up f WHERE item_id = ANY($1::int[]) ORDER BY item_id, id DESC`,
      [itemIds],
    );
    return new Map(
      rows.map((f) => [
        f['item_id'],
        {
          id: f['id'],
          itemId: f['item_id'],
          agencyId: f['agency_id'],
          periodId: f['period_id'],
          state: f['state'],
          dueDate: f['due_date'],
          overdue: f['overdue'],
          response: f['response'],
          evidenceUrl: f['evidence_url'],
          respondedAt: f['responded_at'] ? new Date(f['responded_at']).toISOString() : null,
          decisionNote: f['decision_note'],
          decidedAt: f['decided_at'] ? new Date(f['decided_at']).toISOString() : null,
        },
      ]),
    );
  }
}
