import { Params } from '@angular/router';
import type { AuditEventView } from '@pantau/domain';

/** Where a link in the audit table leads: router commands and query params. */
export interface AuditLink {
  commands: Array<string | number>;
  queryParams?: Params;
}

const withPeriod = (periodId: number | null): Params | undefined => (periodId ? { period: periodId } : undefined);

/**
 * The page of what an event concerns: an item (or its rating, publication or follow-up, all shown on the item's
 * page) while it exists, a follow-up in the follow-up list, a period, user, import or job in its admin section,
 * an agency (or its plan) on the agency page. Null when there is nothing to open.
 */
export function subjectLink(e: AuditEventView): AuditLink | null {
  if (e.entityType === 'follow-up' && e.entityId) return { commands: ['/follow-ups', e.entityId] };
  if (e.itemId !== null) return { commands: ['/items', e.itemId] };
  switch (e.entityType) {
    case 'follow-up':
      return { commands: ['/follow-ups'], queryParams: withPeriod(e.periodId) };
    case 'period':
      return { commands: ['/admin/periods'] };
    case 'user':
      return e.subject ? { commands: ['/admin/users'], queryParams: { q: e.subject } } : null;
    case 'import':
      return { commands: ['/admin/imports'] };
    case 'job':
      return { commands: ['/admin/jobs'] };
    default:
      return agencyLink(e);
  }
}

export function agencyLink(e: AuditEventView): AuditLink | null {
  return e.agencyId === null ? null : { commands: ['/agencies', e.agencyId], queryParams: withPeriod(e.periodId) };
}
