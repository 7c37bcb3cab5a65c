import type { NotificationView } from '@pantau/domain';

export const NOTIFICATION_VIEW_COLUMNS = `id::text AS id, kind, title, body, link, created_at AS "createdAt", read_at AS "readAt",
  period_id AS "periodId", (SELECT p.name FROM period p WHERE p.id = period_id) AS "periodName"`;

export function toNotificationView(r: Record<string, any>): NotificationView {
  return {
    id: Number(r['id']),
    kind: r['kind'],
    title: r['title'],
    body: r['body'],
    link: r['link'],
    periodId: r['periodId'] ?? null,
    periodName: r['periodName'] ?? null,
    createdAt: new Date(r['createdAt']).toISOString(),
    readAt: r['readAt'] ? new Date(r['readAt']).toISOString() : null,
  };
}
