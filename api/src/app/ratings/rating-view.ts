import type { RatingView } from '@pantau/domain';

/** Columns that read a rating as a RatingView; join `app_user u` on the evaluator. */
export const RATING_VIEW_COLUMNS = `r.id::text AS id, r.color, r.points, r.note, r.recommendation, r.version,
  r.created_at AS "createdAt", r.evaluator_id AS "evaluatorId", u.display_name AS "evaluatorName"`;

export function toRatingView(r: Record<string, any>): RatingView {
  return {
    id: Number(r['id']),
    color: r['color'],
    points: r['points'],
    note: r['note'],
    recommendation: r['recommendation'],
    evaluator: r['evaluatorId'] ? { id: r['evaluatorId'], displayName: r['evaluatorName'] } : null,
    createdAt: new Date(r['createdAt']).toISOString(),
    version: r['version'],
  };
}
