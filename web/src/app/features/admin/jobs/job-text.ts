import { TranslationKey } from '../../../core/i18n/dictionary';

/** Jobs the API knows today; others show the server's own description. */
export const KNOWN_JOBS: Readonly<Record<string, { name: TranslationKey; description: TranslationKey }>> = {
  'publication-overdue-scan': { name: 'job.name.publicationOverdue', description: 'job.desc.publicationOverdue' },
  'follow-up-reminders': { name: 'job.name.followUpReminders', description: 'job.desc.followUpReminders' },
  'follow-up-overdue': { name: 'job.name.followUpOverdue', description: 'job.desc.followUpOverdue' },
  'score-snapshot': { name: 'job.name.scoreSnapshot', description: 'job.desc.scoreSnapshot' },
};

/** "0 15 7 * * *" (seconds, minutes, hours, every day) as a clock time; null for anything else. */
export function dailyTime(schedule: string): string | null {
  const parts = schedule.trim().split(/\s+/);
  const fields = parts.length === 6 ? parts.slice(1) : parts;
  if (fields.length !== 5) return null;
  const [minute, hour, day, month, weekday] = fields;
  if (day !== '*' || month !== '*' || weekday !== '*') return null;
  if (!/^\d{1,2}$/.test(minute!) || !/^\d{1,2}$/.test(hour!)) return null;
  return `${hour!.padStart(2, '0')}.${minute!.padStart(2, '0')}`;
}

/** Asia/Jakarta is WIB; the other zones keep their IANA name. */
export function zoneName(timeZone: string): string {
  return (
    ({ 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' } as Record<string, string>)[timeZone] ??
    timeZone
  );
}

export function durationSeconds(startedAt: string, finishedAt: string | null): number | null {
  if (!finishedAt) return null;
  return Math.max(0, (new Date(finishedAt).getTime() - new Date(startedAt).getTime()) / 1000);
}
