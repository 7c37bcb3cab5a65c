import { Params } from '@angular/router';
import { Batch } from '@pantau/domain';
import { ChartPick } from '../../ui/chart/chart';
import { ChartData } from '../../ui/chart/series';
import { LinkTarget } from '../../ui/link-target';
import { FOLLOW_UP_LIST_PATH, followUpListParams, WindowMeasure } from '../follow-up-window/follow-up-links';

export const MATRIX_PATH = '/matrix';
export const WINDOW_PATH = '/follow-up-window';

/** The overview's charts, each opening the matrix its own way. */
export type OverviewChart = 'pillars' | 'batches' | 'distribution' | 'trend';

/** The matrix of the period, within the overview's batch, narrowed by `filter` (the matrix page's URL names). */
export function matrixLink(periodId: number, batch: Batch | null, filter: Params = {}): LinkTarget {
  return { path: MATRIX_PATH, queryParams: { period: periodId, ...(batch ? { batch } : {}), ...filter } };
}

/** The follow-up list holding what the overview's follow-up figure counts. */
export function followUpLink(periodId: number, batch: Batch | null, measure: WindowMeasure): LinkTarget {
  return { path: FOLLOW_UP_LIST_PATH, queryParams: followUpListParams(periodId, { batch }, measure) };
}

export function windowLink(periodId: number, batch: Batch | null): LinkTarget {
  return { path: WINDOW_PATH, queryParams: { period: periodId, ...(batch ? { batch } : {}) } };
}

/**
 * What a bar (or, with no category, a legend entry) opens: a pillar's colour segment, the agencies holding items of
 * that colour in that pillar; a batch's bar, that batch; an index bucket, the agencies in that band; a period, its
 * matrix. Null when the pick stands for nothing to open.
 */
export function chartPickLink(
  chart: OverviewChart,
  data: ChartData,
  pick: ChartPick,
  periodId: number,
  batch: Batch | null,
): LinkTarget | null {
  const key = pick.index === null ? undefined : data.keys?.[pick.index];
  if (pick.index !== null && key === undefined) return null;
  switch (chart) {
    case 'pillars': {
      const color = data.series[pick.series]?.key;
      if (!color) return null;
      return matrixLink(periodId, batch, key === undefined ? { color } : { pillar: key, color });
    }
    case 'batches':
      return key === undefined ? null : matrixLink(periodId, null, { batch: key });
    case 'distribution': {
      if (key === undefined) return null;
      const [min, max] = key.split('-');
      return matrixLink(periodId, batch, { min, max });
    }
    case 'trend':
      return key === undefined ? null : matrixLink(Number(key), batch);
  }
}

/** A pillar's name in the colour table: the matrix ordered by that pillar, weakest first. */
export function pillarSortLink(periodId: number, batch: Batch | null, pillar: string): LinkTarget {
  return matrixLink(periodId, batch, { sort: pillar, dir: 'asc' });
}
