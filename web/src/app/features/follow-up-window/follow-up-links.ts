import { Params } from '@angular/router';
import { Batch, FollowUpState, FollowUpTally } from '@pantau/domain';

/** What a number in the follow-up window counts. */
export type WindowMeasure = 'total' | FollowUpState | 'overdue';

export const WINDOW_MEASURES: readonly WindowMeasure[] = [
  'total',
  'open',
  'responded',
  'accepted',
  'rejected',
  'overdue',
];

/** Where a number was counted: everywhere the caller may see (within a batch), or one province. */
export interface WindowRegion {
  batch?: Batch | null;
  /** A province's agency id: the province and its kabupaten/kota. */
  province?: number;
}

export const FOLLOW_UP_LIST_PATH = '/follow-ups';

/** The follow-up list's URL filters (as its page reads them) that show exactly the follow-ups a number counts. */
export function followUpListParams(periodId: number, region: WindowRegion, measure: WindowMeasure): Params {
  const params: Params = { period: periodId };
  if (region.province !== undefined) params['province'] = region.province;
  else if (region.batch) params['batch'] = region.batch;
  if (measure === 'overdue') params['overdue'] = 'true';
  else if (measure !== 'total') params['state'] = measure;
  return params;
}

/** The sum of several tallies, for the "all batches" row. */
export function sumTallies(tallies: readonly FollowUpTally[]): FollowUpTally {
  const sum: FollowUpTally = { total: 0, open: 0, responded: 0, accepted: 0, rejected: 0, overdue: 0 };
  for (const t of tallies) for (const m of WINDOW_MEASURES) sum[m] += t[m];
  return sum;
}

/** Overdue as a share of the region's follow-ups, the order the summary comes in (worst first). */
export function overdueShare(tally: FollowUpTally): number | null {
  return tally.total > 0 ? Math.round((tally.overdue / tally.total) * 1000) / 10 : null;
}
