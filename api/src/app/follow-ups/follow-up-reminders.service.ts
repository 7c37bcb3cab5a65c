import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { REMINDER_DAYS } from '@pantau/domain';
import { quote, tanggal } from '../notifications/indonesian-text';
import { answeringPeriodSql, awaitingAnswerSql } from './follow-up-sql';
import { AgencyNotice, NotificationsService } from '../notifications/notifications.service';

interface Waiting {
  id: number;
  agencyId: number;
  periodId: number;
  periodName: string;
  title: string;
  dueDate: string;
  daysLeft: number;
  remindersSent: number[];
}

/** Follow-ups still waiting for the agency, in periods whose results are out. */
const WAITING = `
  SELECT f.id, f.agency_id AS "agencyId", f.period_id AS "periodId", p.name AS "periodName", i.title, f.due_date::text AS "dueDate", (f.due_date - CURRENT_DATE) AS "daysLeft",
         f.reminders_sent AS "remindersSent"
  FROM follow_up f
  JOIN period p ON p.id = f.period_id
  JOIN plan_item i ON i.id = f.item_id
  WHERE ${answeringPeriodSql('p.state')} AND ${awaitingAnswerSql('f.state')}`;

/** Deadline reminders (7, 3 and 1 days before) and overdue notices; running either twice sends nothing new. */
@Injectable()
export class FollowUpReminders {
  constructor(private readonly notifications: NotificationsService) {}

  async sendDue(m: EntityManager): Promise<Record<string, number>> {
    const rows: Waiting[] = await m.query(
      `${WAITING} AND f.due_date BETWEEN CURRENT_DATE AND CURRENT_DATE + $1::int ORDER BY f.id FOR UPDATE OF f`,
      [Math.max(...REMINDER_DAYS)],
    );
    const notices: AgencyNotice[] = [];
    const reminded: number[] = [];
    for (const f of rows) {
      // The tightest threshold reached and not yet sent; a missed day still gets one reminder, not several.
      const due = REMINDER_DAYS.filter((d) => f.daysLeft <= d && !f.remindersSent.includes(d));
      if (due.length === 0) continue;
      const threshold = Math.min(...due);
      reminded.push(f.id);
      notices.push({
        agencyId: f.agencyId,
        kind: 'follow-up-reminder',
        title: f.daysLeft === 0 ? 'Tenggat tindak lanjut hari ini' : `Tenggat tindak lanjut ${f.daysLeft} hari lagi`,
        body: `${quote(f.title)} (${f.periodName}) perlu ditanggapi paling lambat ${tanggal(f.dueDate)}.`,
        link: `/follow-ups/${f.id}`,
        periodId: f.periodId,
        dedupeKey: `follow-up-reminder:${f.id}:${f.dueDate}:${threshold}`,
      });
    }
    if (reminded.length > 0) {
      // Every threshold at or above the days left counts as sent, so a skipped day never sends the older ones later.
      await m.query(
        `UPDATE follow_up SET reminders_sent = ARRAY(
           SELECT DISTINCT d FROM unnest(reminders_sent || $2::smallint[]) AS d
           WHERE d = ANY(reminders_sent) OR d >= due_date - CURRENT_DATE ORDER BY d DESC)
         WHERE id = ANY($1::int[])`,
        [reminded, [...REMINDER_DAYS]],
      );
    }
    const notifications = await this.notifications.notifyAgencies(m, notices);
    return { waiting: rows.length, reminded: reminded.length, notifications };
  }

  /**
   * One digest per agency team and period listing how many follow-ups are past their deadline; sent again only when
   * that set changes (a follow-up newly overdue, or one answered), never twice for the same set.
   */
  async notifyOverdue(m: EntityManager): Promise<Record<string, number>> {
    const rows: Waiting[] = await m.query(`${WAITING} AND f.due_date < CURRENT_DATE ORDER BY f.id`);
    const groups = new Map<string, Waiting[]>();
    for (const f of rows) {
      const key = `${f.periodId}:${f.agencyId}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const notices: AgencyNotice[] = [...groups.values()].map((group) => {
      const first = group[0]!;
      const set = createHash('sha1')
        .update(group.map((f) => `${f.id}@${f.dueDate}`).join(','))
        .digest('hex')
        .slice(0, 16);
      return {
        agencyId: first.agencyId,
        kind: 'follow-up-overdue',
        title: `Tindak lanjut melewati tenggat · ${first.periodName}`,
        body:
          group.length === 1
            ? `${quote(first.title)} belum ditanggapi; tenggatnya ${tanggal(first.dueDate)}.`
            : `${group.length.toLocaleString('id-ID')} tindak lanjut belum ditanggapi melewati tenggatnya.`,
        link: group.length === 1 ? `/follow-ups/${first.id}` : `/follow-ups?period=${first.periodId}&overdue=true`,
        periodId: first.periodId,
        dedupeKey: `follow-up-overdue:${first.periodId}:${first.agencyId}:${set}`,
      };
    });
    const notifications = await this.notifications.notifyAgencies(m, notices);
    return { overdue: rows.length, agencies: notices.length, notifications };
  }
}
