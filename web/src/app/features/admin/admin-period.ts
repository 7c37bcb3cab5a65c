import { PeriodView } from '@pantau/domain';
import { newestFirst } from '../../core/periods/period-choice';

/** Admin work happens in the newest period that is still running (drafts included). */
export function adminPeriodId(periods: readonly PeriodView[], requested: number | null): number | null {
  const list = newestFirst(periods);
  if (requested !== null && list.some((p) => p.id === requested)) return requested;
  return (list.find((p) => p.state !== 'closed') ?? list[0])?.id ?? null;
}
