import type { FollowUpView, PeriodState } from '@pantau/domain';
import { overdueSql } from './follow-up-sql';

/** Reads follow-ups as FollowUpView; overdue is derived here, never stored. Append a WHERE clause. */
export const FOLLOW_UP_VIEW_SELECT = `
  SELECT f.id, f.item_id AS "itemId", f.agency_id AS "agencyId", f.period_id AS "periodId", f.state,
         f.due_date::text AS "dueDate", ${overdueSql('f')} AS overdue,
         f.response, f.evidence_url AS "evidenceUrl", f.responded_at AS "respondedAt",
         f.decision_note AS "decisionNote", f.decided_at AS "decidedAt",
         i.title AS "itemTitle", i.pillar_code AS pillar, a.name AS "agencyName", a.batch_code AS "agencyBatch",
         r.color AS "ratingColor", r.note AS "ratingNote", p.state AS "periodState"
  FROM follow_up f
  JOIN plan_item i ON i.id = f.item_id
  JOIN agency a ON a.id = f.agency_id
  JOIN period p ON p.id = f.period_id
  LEFT JOIN rating r ON r.id = i.current_rating_id`;

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

export function toFollowUpView(r: Record<string, any>, resultsVisible: (state: PeriodState) => boolean): FollowUpView {
  const visible = resultsVisible(r['periodState']);
  return {
    id: r['id'],
    itemId: r['itemId'],
    agencyId: r['agencyId'],
    periodId: r['periodId'],
    state: r['state'],
    dueDate: r['dueDate'],
    overdue: r['overdue'],
    response: r['response'],
    evidenceUrl: r['evidenceUrl'],
    respondedAt: iso(r['respondedAt']),
    decisionNote: r['decisionNote'],
    decidedAt: iso(r['decidedAt']),
    itemTitle: r['itemTitle'],
    pillar: r['pillar'],
    agencyName: r['agencyName'],
    ratingColor: visible ? (r['ratingColor'] ?? null) : null,
    ratingNote: visible ? (r['ratingNote'] ?? null) : null,
  };
}
