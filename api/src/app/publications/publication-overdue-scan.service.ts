import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AgencyNotice, NotificationsService } from '../notifications/notifications.service';
import { PublicationsService } from './publications.service';

const ACTIVE_STATES = ['open', 'evaluation', 'published', 'follow-up'];
const CHUNK = 5000;

/**
 * Tells agency teams which of their items have not been published as often as their cadence promises: one digest
 * per team, period and week ("12 butir rencana aksi 2025 terlambat dipublikasikan"), linking to the items, instead
 * of one notice per item.
 */
@Injectable()
export class PublicationOverdueScan {
  constructor(
    private readonly publications: PublicationsService,
    private readonly notifications: NotificationsService,
  ) {}

  async run(m: EntityManager): Promise<Record<string, number>> {
    const [{ week }] = await m.query(`SELECT to_char(CURRENT_DATE, 'IYYY-"W"IW') AS week`);
    const periods: Array<{ id: number; year: number; name: string }> = await m.query(
      `SELECT id, year, name FROM period WHERE state = ANY($1::text[]) ORDER BY id`,
      [ACTIVE_STATES],
    );
    const counts = { periods: periods.length, items: 0, overdue: 0, agencies: 0, notifications: 0 };
    for (const period of periods) {
      // Only agencies with a team account can be told; the others are skipped rather than computed.
      const items: Array<{ id: number; agencyId: number }> = await m.query(
        `SELECT i.id, i.agency_id AS "agencyId" FROM plan_item i
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
      const overdueByAgency = new Map<number, number>();
      for (const item of items) {
        if (!summaries.get(item.id)?.overdue) continue;
        overdueByAgency.set(item.agencyId, (overdueByAgency.get(item.agencyId) ?? 0) + 1);
      }
      const notices: AgencyNotice[] = [...overdueByAgency].map(([agencyId, n]) => ({
        agencyId,
        kind: 'publication-overdue',
        title: `Publikasi terlambat · ${period.name}`,
        body: `${n.toLocaleString('id-ID')} butir rencana aksi ${period.year} belum dipublikasikan sesuai jadwalnya.`,
        link: `/agencies/${agencyId}?period=${period.id}&publication=overdue`,
        periodId: period.id,
        dedupeKey: `publication-overdue:${period.id}:${agencyId}:${week}`,
      }));
      counts.overdue += [...overdueByAgency.values()].reduce((a, b) => a + b, 0);
      counts.agencies += notices.length;
      for (let k = 0; k < notices.length; k += CHUNK) {
        counts.notifications += await this.notifications.notifyAgencies(m, notices.slice(k, k + CHUNK));
      }
    }
    return counts;
  }
}
