import { ParamMap, Params } from '@angular/router';
import { AgencyType, Batch, isAgencyType, isBatch } from '@pantau/domain';
import { compactParams, QueryParams } from '../../core/api/page';
import { DEFAULT_SORT, defaultDirFor, isSortKey, MatrixSort } from '../../ui/matrix-grid/matrix-sort';

export interface MatrixFilters {
  batch: Batch | null;
  type: AgencyType | null;
  /** Id of a province agency: the province and the agencies under it. */
  province: number | null;
  q: string;
}

export interface MatrixQuery extends MatrixFilters {
  period: number | null;
  sort: MatrixSort;
}

export const NO_FILTERS: MatrixFilters = { batch: null, type: null, province: null, q: '' };

function positiveInt(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** Reads the page state from the URL; anything unknown falls back to its default. */
export function parseMatrixQuery(params: ParamMap): MatrixQuery {
  const batch = params.get('batch');
  const type = params.get('type');
  const sortKey = params.get('sort');
  const key = isSortKey(sortKey) ? sortKey : DEFAULT_SORT.key;
  const dir = params.get('dir');
  return {
    period: positiveInt(params.get('period')),
    batch: isBatch(batch) ? batch : null,
    type: isAgencyType(type) ? type : null,
    province: positiveInt(params.get('province')),
    q: (params.get('q') ?? '').trim(),
    sort: { key, dir: dir === 'asc' || dir === 'desc' ? dir : defaultDirFor(key) },
  };
}

/** URL query params for a change; defaults become null so they disappear from the URL. */
export function toUrlParams(patch: Partial<MatrixQuery>): Params {
  const out: Params = {};
  if ('period' in patch) out['period'] = patch.period ?? null;
  if ('batch' in patch) out['batch'] = patch.batch ?? null;
  if ('type' in patch) out['type'] = patch.type ?? null;
  if ('province' in patch) out['province'] = patch.province ?? null;
  if ('q' in patch) out['q'] = patch.q?.trim() || null;
  if (patch.sort) {
    const isDefault = patch.sort.key === DEFAULT_SORT.key && patch.sort.dir === DEFAULT_SORT.dir;
    out['sort'] = isDefault ? null : patch.sort.key;
    out['dir'] = isDefault ? null : patch.sort.dir;
  }
  return out;
}

export function hasFilters(f: MatrixFilters): boolean {
  return f.batch !== null || f.type !== null || f.province !== null || f.q !== '';
}

/** Filters as the API reads them; the sort travels as `key` or `-key` (descending). */
export function toApiParams(filters: MatrixFilters, sort?: MatrixSort): QueryParams {
  return compactParams({
    batch: filters.batch,
    type: filters.type,
    // The API takes a province agency as "id:<agency id>" (or a two-digit province code).
    province: filters.province === null ? null : `id:${filters.province}`,
    q: filters.q,
    sort: sort ? `${sort.dir === 'desc' ? '-' : ''}${sort.key}` : null,
  });
}

export function sameFilters(a: MatrixFilters, b: MatrixFilters): boolean {
  return a.batch === b.batch && a.type === b.type && a.province === b.province && a.q === b.q;
}
