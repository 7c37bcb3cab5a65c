import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { currentContext } from '../../services/request-context/request-context';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  agencyId?: number | null;
  /** The period the event concerns, for events about a period's data; an event about a period concerns it. */
  periodId?: number | null;
  before?: unknown;
  after?: unknown;
  /** For events without a signed-in user, e.g. a failed login. */
  username?: string | null;
  userId?: number | null;
}

/** The period given, or, for an event about a period, that period. */
function periodOf(e: AuditEntry): number | null {
  if (e.periodId !== undefined && e.periodId !== null) return e.periodId;
  const id = e.entityType === 'period' ? Number(e.entityId) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Records who changed what, inside the caller's transaction so the event and the change commit together. */
@Injectable()
export class AuditService {
  async record(m: EntityManager, e: AuditEntry): Promise<void> {
    const ctx = currentContext();
    await m.insert(AuditEvent, {
      userId: e.userId ?? ctx?.user?.id ?? null,
      username: e.username ?? ctx?.user?.username ?? null,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId === undefined || e.entityId === null ? null : String(e.entityId),
      agencyId: e.agencyId ?? null,
      periodId: periodOf(e),
      before: (e.before ?? null) as object,
      after: (e.after ?? null) as object,
      requestId: ctx?.requestId ?? null,
      ip: ctx?.ip ?? null,
    });
  }
}
