import { Params, ParamMap } from '@angular/router';
import {
  AGENCY_TYPES,
  AgencyType,
  Batch,
  BATCHES,
  FIELD_LIMITS,
  FOLLOW_UP_SORTS,
  FOLLOW_UP_STATES,
  FollowUpListParams,
  FollowUpSort,
  FollowUpState,
  PILLAR_CODES,
  PillarCode,
  Role,
} from '@pantau/domain';

/** The follow-up list's state, as its URL holds it (other screens link here with these names). */
export interface FollowUpFilters {
  period: number | null;
  /** Evaluators see their own agencies unless the URL says `assigned=all`; other roles have no such filter. */
  assigned: boolean;
  state: FollowUpState | null;
  overdue: boolean;
  batch: Batch | null;
  province: number | null;
  agencyType: AgencyType | null;
  agency: number | null;
  pillar: PillarCode | null;
  q: string;
  sort: FollowUpSort;
  page: number;
}

export const FOLLOW_UP_PAGE_SIZE = 25;

/** The filters a person can clear at once ("reset"): everything but the period, the own-agencies switch and sort. */
export const NO_FOLLOW_UP_FILTERS = {
  state: null,
  overdue: false,
  batch: null,
  province: null,
  agencyType: null,
  agency: null,
  pillar: null,
  q: '',
} as const satisfies Partial<FollowUpFilters>;

function positiveInt(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** Reads the list's state from the URL; anything the API would refuse falls back to "no filter". */
export function parseFollowUpQuery(params: ParamMap, role: Role | null): FollowUpFilters {
  const q = (params.get('q') ?? '').trim();
  return {
    // Notification links name the period `periodId`.
    period: positiveInt(params.get('period')) ?? positiveInt(params.get('periodId')),
    assigned: role === 'evaluator' && params.get('assigned') !== 'all',
    state: oneOf(FOLLOW_UP_STATES, params.get('state')),
    overdue: params.get('overdue') === 'true',
    batch: oneOf(BATCHES, params.get('batch')),
    province: positiveInt(params.get('province')),
    agencyType: oneOf(AGENCY_TYPES, params.get('agencyType')),
    agency: positiveInt(params.get('agency')),
    pillar: oneOf(PILLAR_CODES, params.get('pillar')),
    q: q.length <= FIELD_LIMITS.searchText.max ? q : '',
    sort: oneOf(FOLLOW_UP_SORTS, params.get('sort')) ?? 'due',
    page: positiveInt(params.get('page')) ?? 1,
  };
}

/**
 * URL params for a change: defaults leave the URL, and any change but a page turn starts again at page 1.
 * `assigned` is written only when an evaluator turns it off (on is the default).
 */
export function toUrlParams(patch: Partial<FollowUpFilters>): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'page' || key === 'assigned') continue;
    out[key] = value === '' || value === false || value === null || (key === 'sort' && value === 'due') ? null : value;
  }
  if ('assigned' in patch) out['assigned'] = patch.assigned ? null : 'all';
  if ('period' in patch) out['periodId'] = null;
  out['page'] = patch.page && patch.page > 1 ? patch.page : null;
  return out;
}

export function hasFollowUpFilters(f: FollowUpFilters): boolean {
  return Boolean(f.state || f.overdue || f.batch || f.province || f.agencyType || f.agency || f.pillar || f.q);
}

/** The filters as GET /api/follow-ups names them. */
export function toApiParams(f: FollowUpFilters, periodId: number, pageSize = FOLLOW_UP_PAGE_SIZE): FollowUpListParams {
  const params: FollowUpListParams = { periodId, page: f.page, pageSize };
  if (f.assigned) params.assigned = 'me';
  if (f.state) params.state = f.state;
  if (f.overdue) params.overdue = 'true';
  if (f.batch) params.batch = f.batch;
  if (f.province) params.province = f.province;
  if (f.agencyType) params.agencyType = f.agencyType;
  if (f.agency) params.agencyId = f.agency;
  if (f.pillar) params.pillar = f.pillar;
  if (f.q) params.q = f.q;
  if (f.sort !== 'due') params.sort = f.sort;
  return params;
}
