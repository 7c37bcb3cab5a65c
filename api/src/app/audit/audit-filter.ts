import type { AuditFilters } from '@pantau/domain';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';

/** Days in the filters are Jakarta days, as the exports' times are Jakarta times. */
const JAKARTA = '+07:00';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** `from` and `to` as instants: a day starts at its midnight, and `to` as a day ends before the next midnight. */
export function auditRange(f: Pick<AuditFilters, 'from' | 'to'>): { from?: string; before?: string; until?: string } {
  const from = !f.from ? undefined : DAY.test(f.from) ? `${f.from}T00:00:00${JAKARTA}` : f.from;
  const before = f.to && DAY.test(f.to) ? `${nextDay(f.to)}T00:00:00${JAKARTA}` : undefined;
  const until = f.to && !DAY.test(f.to) ? f.to : undefined;
  const empty =
    from !== undefined &&
    ((before !== undefined && Date.parse(from) >= Date.parse(before)) ||
      (until !== undefined && Date.parse(from) > Date.parse(until)));
  if (empty) {
    const message = `from (${f.from}) is after to (${f.to}); swap them or widen the range`;
    throw apiError(400, 'audit-range-reversed', { from: f.from!, to: f.to! }, message);
  }
  return { from, before, until };
}

/**
 * The WHERE clause over `audit_event e` for these filters, seen by this user. Only the filters given become
 * conditions, so PostgreSQL can use the indexes. Evaluators see the history of the agencies they evaluate (in
 * any period) and nothing else: the trail names people and shows notes before and after each change, more
 * than the dashboards, where they see every agency, ever show.
 */
export function auditWhere(user: AuthUser, f: AuditFilters): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const add = (value: unknown, condition: (ref: string) => string) => {
    if (value === undefined || value === null || value === '') return;
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  add(f.entityType, (p) => `e.entity_type = ${p}`);
  add(f.entityId, (p) => `e.entity_id = ${p}`);
  add(f.userId, (p) => `e.user_id = ${p}`);
  add(f.username?.toLowerCase(), (p) => `lower(e.username) = ${p}`);
  if (f.action?.endsWith('.')) add(`${f.action}%`, (p) => `e.action LIKE ${p}`);
  else add(f.action, (p) => `e.action = ${p}`);
  add(f.agencyId, (p) => `e.agency_id = ${p}`);
  add(f.periodId, (p) => `e.period_id = ${p}`);
  const range = auditRange(f);
  add(range.from, (p) => `e.at >= ${p}::timestamptz`);
  add(range.before, (p) => `e.at < ${p}::timestamptz`);
  add(range.until, (p) => `e.at <= ${p}::timestamptz`);
  if (user.role !== 'admin') {
    add(user.id, (p) => `e.agency_id IN (SELECT agency_id FROM evaluator_assignment WHERE evaluator_id = ${p})`);
  }
  return { where: conditions.length > 0 ? conditions.join(' AND ') : 'TRUE', params };
}
