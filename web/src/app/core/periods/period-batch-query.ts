import { computed, effect, inject } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { isBatch } from '@pantau/domain';
import { resolvePeriodId } from './period-choice';
import { PeriodsService } from './periods.service';

function positiveInt(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * The period and batch a summary page shows, kept in its URL (`?period=&batch=`); the period the page settles on
 * is written back, so that the address names what is on screen. Call it in an injection context.
 */
export function periodBatchQuery() {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = toSignal(route.queryParamMap, { requireSync: true });
  const batch = computed(() => {
    const value = params().get('batch');
    return isBatch(value) ? value : null;
  });
  const periodsService = inject(PeriodsService);
  const periods = rxResource({ stream: () => periodsService.list() });
  const periodList = computed(() => (periods.hasValue() ? periods.value() : []));
  const periodId = computed(() => resolvePeriodId(periodList(), positiveInt(params().get('period'))));

  const update = (queryParams: { period?: number; batch?: string | null }, replaceUrl = false): void => {
    void router.navigate([], { relativeTo: route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  };
  effect(() => {
    const id = periodId();
    if (id !== null && String(id) !== params().get('period')) update({ period: id }, true);
  });

  return {
    batch,
    periods,
    periodList,
    periodId,
    update,
    setBatch: (value: string) => update({ batch: isBatch(value) ? value : null }),
  };
}

export type PeriodBatchQuery = ReturnType<typeof periodBatchQuery>;
