import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditEventView, AuditFilters, Page } from '@pantau/domain';
import type { AuthUser } from '../auth/auth-user';
import { auditWhere } from './audit-filter';
import { AUDIT_ORDER, AUDIT_VIEW_COLUMNS, AUDIT_VIEW_JOINS } from './audit-view';

const BATCH = 1000;

/** Reads the audit trail as a user may see it: a page, the actions on record, or every event in batches. */
@Injectable()
export class AuditTrail {
  constructor(private readonly dataSource: DataSource) {}

  async page(user: AuthUser, f: AuditFilters, page: number, pageSize: number): Promise<Page<AuditEventView>> {
    const { where, params } = auditWhere(user, f);
    const offset = (page - 1) * pageSize;
    // The page is chosen on audit_event alone; only its rows are joined to their names.
    const [items, total] = await Promise.all([
      this.dataSource.query(
        `SELECT ${AUDIT_VIEW_COLUMNS}
         FROM (SELECT * FROM audit_event e WHERE ${where} ORDER BY ${AUDIT_ORDER} LIMIT ${pageSize} OFFSET ${offset}) e
         ${AUDIT_VIEW_JOINS}
         ORDER BY ${AUDIT_ORDER}`,
        params,
      ),
      this.count(this.dataSource.manager, user, f),
    ]);
    return { items: items.map(toView), total };
  }

  async count(m: EntityManager, user: AuthUser, f: AuditFilters): Promise<number> {
    const { where, params } = auditWhere(user, f);
    const [{ total }] = await m.query(`SELECT count(*)::int AS total FROM audit_event e WHERE ${where}`, params);
    return total;
  }

  /** The distinct actions among the events the user may see, for the filter's list. */
  async actions(user: AuthUser): Promise<string[]> {
    const { where, params } = auditWhere(user, {});
    const rows: Array<{ action: string }> = await this.dataSource.query(
      `SELECT DISTINCT action FROM audit_event e WHERE ${where} ORDER BY action`,
      params,
    );
    return rows.map((r) => r.action);
  }

  /**
   * Hands the newest `limit` matching events to `each`, a batch at a time, through a cursor in `m`'s
   * transaction (which must be open): memory holds one batch, however many events match.
   */
  async eachBatch(
    m: EntityManager,
    user: AuthUser,
    f: AuditFilters,
    limit: number,
    each: (rows: AuditEventView[]) => void | Promise<void>,
  ): Promise<void> {
    const { where, params } = auditWhere(user, f);
    await m.query(
      `DECLARE audit_rows NO SCROLL CURSOR FOR
       SELECT ${AUDIT_VIEW_COLUMNS}
       FROM (SELECT * FROM audit_event e WHERE ${where} ORDER BY ${AUDIT_ORDER} LIMIT ${limit}) e
       ${AUDIT_VIEW_JOINS}
       ORDER BY ${AUDIT_ORDER}`,
      params,
    );
    for (;;) {
      const rows = await m.query(`FETCH ${BATCH} FROM audit_rows`);
      if (rows.length === 0) break;
      await each(rows.map(toView));
    }
    await m.query('CLOSE audit_rows');
  }
}

function toView(row: AuditEventView & { at: Date | string }): AuditEventView {
  return { ...row, at: new Date(row.at).toISOString() };
}
