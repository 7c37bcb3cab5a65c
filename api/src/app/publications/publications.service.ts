import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  CHANNELS,
  FREQUENCY_WINDOW_DAYS,
  frequencyFromCount,
  isPublicationOverdue,
  PublicationSummary,
  PublicationView,
} from '@pantau/domain';
import type { Cadence, Channel } from '@pantau/domain';
import { AuditService } from '../audit/audit.service';
import { apiError } from '../common/api-error';
import type { AuthUser } from '../auth/auth-user';
import { referenceDate } from '../periods/period-view';
import { ItemAccess } from '../plans/item-access.service';
import { CreatePublicationDto } from './dto/publication.dto';
import { PUBLICATION_VIEW_COLUMNS, toPublicationView } from './publication-view';

const EARLIEST = '2000-01-01';
const midnight = (day: string) => new Date(`${day}T00:00:00Z`);

/** An item's publication log, and its frequency and overdue status in the trailing window. */
@Injectable()
export class PublicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemAccess,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthUser, itemId: number, dto: CreatePublicationDto): Promise<PublicationView> {
    return this.dataSource.transaction(async (m) => {
      const item = await this.items.load(user, itemId, m);
      if (user.role === 'agency' && user.agencyId !== item.agencyId) {
        throw apiError(403, 'publication-not-own', {}, 'Only the agency team itself logs publications for its items');
      }
      if (item.periodState === 'closed') {
        const message = 'This period is closed: its publication record can no longer change';
        throw apiError(409, 'publications-closed', {}, message);
      }
      const [{ today }] = await m.query(`SELECT CURRENT_DATE::text AS today`);
      if (dto.publishedAt < EARLIEST || dto.publishedAt > today) {
        const message = `publishedAt must be between ${EARLIEST} and today (${today})`;
        throw apiError(400, 'published-at-out-of-range', { earliest: EARLIEST, today }, message);
      }
      const [row] = await m.query(
        `INSERT INTO publication (item_id, channel, url, published_at, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${PUBLICATION_VIEW_COLUMNS}`,
        [itemId, dto.channel, dto.url?.trim() || null, dto.publishedAt, dto.note?.trim() || null, user.id],
      );
      const view = toPublicationView(row);
      await this.audit.record(m, {
        action: 'publication.created',
        entityType: 'publication',
        entityId: view.id,
        agencyId: item.agencyId,
        periodId: item.periodId,
        after: view,
      });
      return view;
    });
  }

  async list(user: AuthUser, itemId: number): Promise<PublicationView[]> {
    await this.items.load(user, itemId, this.dataSource.manager);
    const rows = await this.dataSource.query(
      `SELECT ${PUBLICATION_VIEW_COLUMNS} FROM publication WHERE item_id = $1 ORDER BY published_at DESC, id DESC`,
      [itemId],
    );
    return rows.map(toPublicationView);
  }

  async summary(user: AuthUser, itemId: number): Promise<PublicationSummary> {
    const m = this.dataSource.manager;
    await this.items.load(user, itemId, m);
    const [{ year }] = await m.query(
      `SELECT p.year FROM plan_item i JOIN period p ON p.id = i.period_id WHERE i.id = $1`,
      [itemId],
    );
    return (await this.summaries(m, [itemId], year)).get(itemId)!;
  }

  /**
   * Summaries for many items in one query. `at` is the period's year (judged at referenceDate(year))
   * or the reference date itself. `count` and `channels` cover the trailing window only;
   * `lastPublishedAt` is the latest publication up to the reference date.
   */
  async summaries(m: EntityManager, itemIds: number[], at: number | Date): Promise<Map<number, PublicationSummary>> {
    const out = new Map<number, PublicationSummary>();
    if (itemIds.length === 0) return out;
    const refDay = (typeof at === 'number' ? referenceDate(at) : at).toISOString().slice(0, 10);
    const rows: Array<{
      id: number;
      cadence: Cadence;
      count: number;
      last: string | null;
      since: Date;
      channels: Channel[];
    }> = await m.query(
      `SELECT i.id, i.cadence, max(p.published_at)::text AS last,
                GREATEST(i.created_at, min(pe.opened_at)) AS since,
                count(p.id) FILTER (WHERE p.published_at > $2::date - $3::int)::int AS count,
                COALESCE(array_agg(DISTINCT p.channel) FILTER (WHERE p.published_at > $2::date - $3::int), '{}') AS channels
         FROM plan_item i JOIN period pe ON pe.id = i.period_id
         LEFT JOIN publication p ON p.item_id = i.id AND p.published_at <= $2::date
         WHERE i.id = ANY($1::int[])
         GROUP BY i.id`,
      [itemIds, refDay, FREQUENCY_WINDOW_DAYS],
    );
    for (const r of rows) {
      out.set(r.id, {
        frequency: frequencyFromCount(r.count),
        lastPublishedAt: r.last,
        channels: CHANNELS.filter((c) => r.channels.includes(c)),
        count: r.count,
        overdue: isPublicationOverdue(r.cadence, r.last ? midnight(r.last) : null, new Date(r.since), midnight(refDay)),
      });
    }
    return out;
  }
}
