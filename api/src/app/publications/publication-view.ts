import type { PublicationView } from '@pantau/domain';

export const PUBLICATION_VIEW_COLUMNS = `id::text AS id, item_id AS "itemId", channel, url, published_at::text AS "publishedAt", note`;

export function toPublicationView(r: Record<string, any>): PublicationView {
  return {
    id: Number(r['id']),
    itemId: r['itemId'],
    channel: r['channel'],
    url: r['url'],
    publishedAt: r['publishedAt'],
    note: r['note'],
  };
}
