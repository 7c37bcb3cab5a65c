import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface Notice {
  kind: string;
  title: string;
  body: string;
  link?: string | null;
  /** The period it concerns, named beside the notification. */
  periodId?: number | null;
  /** Same key, same recipient: stored once, so jobs that run again send nothing new. */
  dedupeKey?: string | null;
}

export interface AgencyNotice extends Notice {
  agencyId: number;
}

/**
 * Writes in-app notifications inside the caller's transaction. The dedupe key is stored per recipient
 * (`key:u<userId>`), because the unique index covers the key alone and one notice reaches several users.
 */
@Injectable()
export class NotificationsService {
  notifyAgency(m: EntityManager, agencyId: number, notice: Notice): Promise<number> {
    return this.notifyAgencies(m, [{ ...notice, agencyId }]);
  }

  /** One statement for many notices: each goes to every active user of its agency's team. */
  async notifyAgencies(m: EntityManager, notices: AgencyNotice[]): Promise<number> {
    if (notices.length === 0) return 0;
    return this.insert(
      m,
      `JOIN app_user u ON u.agency_id = n.target AND u.role = 'agency' AND NOT u.disabled`,
      notices.map((n) => n.agencyId),
      notices,
    );
  }

  async notifyUsers(m: EntityManager, userIds: number[], notice: Notice): Promise<number> {
    if (userIds.length === 0) return 0;
    return this.insert(
      m,
      `JOIN app_user u ON u.id = n.target AND NOT u.disabled`,
      userIds,
      userIds.map(() => notice),
    );
  }

  private async insert(m: EntityManager, recipients: string, targets: number[], notices: Notice[]): Promise<number> {
    const [{ n }] = await m.query(
      `WITH ins AS (
         INSERT INTO notification (user_id, kind, title, body, link, dedupe_key, period_id)
         SELECT u.id, n.kind, n.title, n.body, n.link, CASE WHEN n.dedupe_key IS NULL THEN NULL ELSE n.dedupe_key || ':u' || u.id END,
                n.period_id
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[])
              AS n(target, kind, title, body, link, dedupe_key, period_id)
         ${recipients}
         ON CONFLICT (dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [
        targets,
        notices.map((x) => x.kind),
        notices.map((x) => x.title),
        notices.map((x) => x.body),
        notices.map((x) => x.link ?? null),
        notices.map((x) => x.dedupeKey ?? null),
        notices.map((x) => x.periodId ?? null),
      ],
    );
    return n;
  }
}
