import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MarkedRead, NotificationList, NotificationView } from '@pantau/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';
import { NOTIFICATION_VIEW_COLUMNS, toNotificationView } from './notification-view';

/** A user's own notifications: nobody reads or marks another user's. */
@Injectable()
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthUser, unreadOnly: boolean, page = 1, pageSize = 50): Promise<NotificationList> {
    const where = `user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)`;
    const [rows, [counts]] = await Promise.all([
      this.dataSource.query(
        `SELECT ${NOTIFICATION_VIEW_COLUMNS} FROM notification WHERE ${where}
         ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4`,
        [user.id, unreadOnly, pageSize, (page - 1) * pageSize],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread
         FROM notification WHERE user_id = $1 AND ($2::boolean IS FALSE OR read_at IS NULL)`,
        [user.id, unreadOnly],
      ),
    ]);
    return { items: rows.map(toNotificationView), total: counts.total, unread: counts.unread };
  }

  markRead(user: AuthUser, id: number): Promise<NotificationView> {
    return this.dataSource.transaction(async (m) => {
      const [row] = await m.query(
        `WITH upd AS (UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING *)
         SELECT ${NOTIFICATION_VIEW_COLUMNS} FROM upd`,
        [id, user.id],
      );
      if (!row) throw apiError(404, 'notification-not-found', {}, 'Notification not found');
      await this.audit.record(m, { action: 'notification.read', entityType: 'notification', entityId: id });
      return toNotificationView(row);
    });
  }

  markAllRead(user: AuthUser): Promise<MarkedRead> {
    return this.dataSource.transaction(async (m) => {
      const [{ n }] = await m.query(
        `WITH upd AS (UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING 1)
         SELECT count(*)::int AS n FROM upd`,
        [user.id],
      );
      await this.audit.record(m, {
        action: 'notification.read-all',
        entityType: 'notification',
        after: { updated: n },
      });
      return { updated: n };
    });
  }
}
