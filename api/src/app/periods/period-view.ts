import { allowedTransitions, PeriodView } from '@pantau/domain';
import { Period } from './period.entity';

export function toPeriodView(p: Period, instrumentFrozen: boolean): PeriodView {
  return {
    id: p.id,
    name: p.name,
    year: p.year,
    state: p.state,
    thresholds: { green: p.greenThreshold, yellow: p.yellowThreshold },
    instrumentVersion: p.instrumentVersion,
    instrumentFrozen,
    followUpDays: p.followUpDays,
    followUpOnYellow: p.followUpOnYellow,
    allowedTransitions: [...allowedTransitions(p.state)],
  };
}

/** Publications are judged in a trailing window ending today, or at the end of the period's year once it is over. */
export function referenceDate(year: number, now = new Date()): Date {
  const endOfYear = new Date(Date.UTC(year, 11, 31, 23, 59, 59));
  return now.getTime() < endOfYear.getTime() ? now : endOfYear;
}
