import type { PagingParams } from './common';

/** One event of the audit trail, as GET /api/audit lists it (newest first). */
export interface AuditEventView {
  id: string;
  at: string;
  userId: number | null;
  /** As recorded on the event: the signed-in user, or the name typed at a failed sign-in. */
  username: string | null;
  /** e.g. `rating.created`, `login.failed`; the part before the first dot names the group. */
  action: string;
  entityType: string;
  entityId: string | null;
  agencyId: number | null;
  agencyName: string | null;
  periodId: number | null;
  periodName: string | null;
  /** The item the event concerns (the item itself, its rating, publication or follow-up) while it exists. */
  itemId: number | null;
  /** What the event concerns, in words: an item's title, a user's name, a period's or agency's name. */
  subject: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** The filters of GET /api/audit and its exports; `action` ending in a dot matches every action it starts. */
export interface AuditFilters {
  userId?: number;
  username?: string;
  action?: string;
  agencyId?: number;
  periodId?: number;
  /** A date (a whole day, Jakarta time) or a time with its zone; both ends included. */
  from?: string;
  to?: string;
  entityType?: string;
  entityId?: string;
}

/** GET /api/audit query: the filters, a page at a time. */
export interface AuditListParams extends AuditFilters, PagingParams {}
