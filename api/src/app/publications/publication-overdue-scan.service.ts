import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Cadence } from '@pantau/domain';
import { CADENCE_ID, quote, tanggal } from '../notifications/indonesian-text';
import { AgencyNotice, NotificationsService } from '../notifications/notifications.service';
import { PublicationsService } from './publications.service';

const ACTIVE_STATES = ['open', 'evaluation', 'published', 'follow-up'];
const CHUNK = 5000;

/** Tells agency teams which of their items have not been published as often as their cadence promises. */
@Injectable()
export class PublicationOverdueScan {
  constructor(
    private readonly publications: PublicationsService,
    private readonly notifications: NotificationsService,
  ) {}

  async run(m: EntityManager): Promise<Record<string, number>> {
    const [{ week }] = await m.query(`SELECT to_char(CURRENT_DATE, 'IYYY-"W"IW') AS week`);
    const periods: Array<{ id: number; year: number }> = await m.query(
      `SELECT id, year FROM period WHERE state = ANY($1::text[]) ORDER BY id`,
      [ACTIVE_STATES],
    );
    const counts = { periods: periods.length, items: 0, overdue: 0, notifications: 0 };
    for (const period of periods) {
      // Only agencies with a team account can be told; the others are skipped rather than computed.
      const items: Array<{ id: number; agencyId: number; title: string; cadence: Cadence }> = await m.query(
        `SELECT i.id, i.agency_id AS "agencyId", i.title, i.cadence FROM plan_item i
         WHERE i.period_id = $1
           AND EXISTS (SELECT 1 FROM app_user u WHERE u.agency_id = i.agency_id AND u.role = 'agency' AND NOT u.disabled)`,
        [period.id],
      );
      counts.items += items.length;
      const summaries = await this.publications.summaries(
        m,
        items.map((i) => i.id),
        period.year,
      );
      const notices: AgencyNotice[] = [];
      for (const item of items) {
        const summary = summaries.get(item.id);
        if (!summary?.overdue) continue;
        notices.push({
          agencyId: item.agencyId,
          kind: 'publication-overdue',
          title: 'Publikasi terlambat',
          body: `${quote(item.title)}: ${
            summary.lastPublishedAt ? `publikasi terakhir ${tanggal(summary.lastPublishedAt)}` : 'belum ada publikasi'
          }, padahal jadwalnya ${CADENCE_ID[item.cadence]}.`,
          link: `/items/${item.id}`,
          dedupeKey: `publication-overdue:${item.id}:${week}`,
        });
      }
      counts.overdue += notices.length;
      for (let k = 0; k < notices.length; k += CHUNK) {
        counts.notifications += await this.notifications.notifyAgencies(m, notices.slice(k, k + CHUNK));
      }
    }
    return counts;
  }
}
