import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { FollowUpView, Page } from '@pantau/domain';
import { scopeCondition, scopeIncludes } from '../access/agency-scope';
import { ScopeService } from '../access/scope.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';
import { tanggal } from '../notifications/indonesian-text';
import { NotificationsService } from '../notifications/notifications.service';
import { FollowUpQuery } from './dto/follow-up.dto';
import { needsFollowUpSql, overdueSql } from './follow-up-sql';
import { FOLLOW_UP_VIEW_SELECT, toFollowUpView } from './follow-up-view';

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
        dedupeKey: `follow-up-opened:${periodId}:${a.agencyId}`,
      })),
    );
    return opened.reduce((n, a) => n + a.ids.length, 0);
  }

  async list(user: AuthUser, q: FollowUpQuery): Promise<Page<FollowUpView>> {
    // Only the filters given become conditions: "$1 IS NULL OR …" would keep PostgreSQL off the indexes.
    const params: unknown[] = [];
    const conditions: string[] = [];
    const add = (column: string, value: unknown) => {
      if (value === undefined || value === null) return;
      params.push(value);
      conditions.push(`${column} = $${params.length}`);
    };
    add('f.period_id', q.periodId);
    add('f.agency_id', q.agencyId);
    add('f.state', q.state);
    if (q.overdue !== undefined) conditions.push(q.overdue === 'true' ? overdueSql('f') : `NOT ${overdueSql('f')}`);
    conditions.push(scopeCondition(await this.scope.scopeOf(user), params, 'f.agency_id', 'a.batch_code'));
    const where = conditions.join(' AND ');
    const pageSize = q.pageSize ?? 50;
    const offset = ((q.page ?? 1) - 1) * pageSize;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `${FOLLOW_UP_VIEW_SELECT} WHERE ${where} ORDER BY f.due_date, f.id LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM follow_up f JOIN agency a ON a.id = f.agency_id WHERE ${where}`,
        params,
      ),
    ]);
    return { items: rows.map((r: Record<string, any>) => this.toView(user, r)), total };
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
