import { ParamMap, Params } from '@angular/router';
import { AUDIT_ACTION_PATTERN } from '@pantau/domain';
import { compactParams, QueryParams } from '../../../core/api/page';

/** The audit page's state, as its URL holds it. */
export interface AuditQuery {
  user: string;
  action: string;
  agency: number | null;
  period: number | null;
  from: string;
  to: string;
  page: number;
}

export const NO_AUDIT_FILTERS: Omit<AuditQuery, 'page'> = {
  user: '',
  action: '',
  agency: null,
  period: null,
  from: '',
  to: '',
};

export const AUDIT_PAGE_SIZE = 50;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const USERNAME = /^[A-Za-z0-9._@-]{1,60}$/;

function positiveInt(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** Reads the page state from the URL; anything the API would refuse falls back to "no filter". */
export function parseAuditQuery(params: ParamMap): AuditQuery {
  const user = (params.get('user') ?? '').trim();
  const action = params.get('action') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    user: USERNAME.test(user) ? user : '',
    action: action.length <= 60 && AUDIT_ACTION_PATTERN.test(action) ? action : '',
    agency: positiveInt(params.get('agency')),
    period: positiveInt(params.get('period')),
    from: DAY.test(from) ? from : '',
    to: DAY.test(to) ? to : '',
    page: positiveInt(params.get('page')) ?? 1,
  };
}

/** URL params for a change: empty values leave the URL, and a new filter starts again at page 1. */
export function toUrlParams(patch: Partial<AuditQuery>): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(patch)) out[key] = value === '' ? null : value;
  out['page'] = patch.page && patch.page > 1 ? patch.page : null;
  return out;
}

export function hasAuditFilters(q: AuditQuery): boolean {
  return Boolean(q.user || q.action || q.agency || q.period || q.from || q.to);
}

/** The filters as GET /api/audit and its exports name them. */
export function toApiFilters(q: AuditQuery): QueryParams {
  return compactParams({
    username: q.user,
    action: q.action,
    agencyId: q.agency,
    periodId: q.period,
    from: q.from,
    to: q.to,
  });
}
