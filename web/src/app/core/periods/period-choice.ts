import { PeriodView } from '@pantau/domain';

/** Newest first: by year, then by id (a later period of the same year has a larger id). */
export function newestFirst(periods: readonly PeriodView[]): PeriodView[] {
  return [...periods].sort((a, b) => b.year - a.year || b.id - a.id);
}

/** Drafts carry no data worth showing on dashboards. */
export function visiblePeriods(periods: readonly PeriodView[]): PeriodView[] {
  return newestFirst(periods.filter((p) => p.state !== 'draft'));
}

export function defaultPeriodId(periods: readonly PeriodView[]): number | null {
  return visiblePeriods(periods)[0]?.id ?? null;
}

/** The requested period if it exists and is not a draft, otherwise the default. */
export function resolvePeriodId(periods: readonly PeriodView[], requested: number | null): number | null {
  if (requested !== null && visiblePeriods(periods).some((p) => p.id === requested)) return requested;
  return defaultPeriodId(periods);
}
