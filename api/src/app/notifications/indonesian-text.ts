import type { Cadence } from '@pantau/domain';

const DATE = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A YYYY-MM-DD day as people read it in the UI, e.g. "14 Februari 2026". */
export function tanggal(day: string): string {
  return DATE.format(new Date(`${day}T00:00:00Z`));
}

export const CADENCE_ID: Readonly<Record<Cadence, string>> = {
  weekly: 'mingguan',
  monthly: 'bulanan',
  quarterly: 'triwulanan',
};

/** Item titles can be long; notifications quote them briefly. */
export function quote(title: string, max = 80): string {
  return `“${title.length > max ? `${title.slice(0, max - 1)}…` : title}”`;
}
