import type { Page, PagingParams, QueryFlag } from './common';

export interface NotificationView {
  id: number;
  kind: string;
  title: string;
  body: string;
  /** An in-app path (starting with "/"); clients follow nothing else. */
  link: string | null;
  /** The period it concerns; null for a notification about no period. */
  periodId: number | null;
  periodName: string | null;
  createdAt: string;
  readAt: string | null;
}

/** GET /api/notifications: the signed-in user's own, with the unread count for the bell badge. */
export interface NotificationList extends Page<NotificationView> {
  unread: number;
}

/** GET /api/notifications query. */
export interface NotificationListParams extends PagingParams {
  /** true: only notifications not read yet. */
  unread?: QueryFlag;
}

/** POST /api/notifications/read-all → 200: how many were marked read. */
export interface MarkedRead {
  updated: number;
}
