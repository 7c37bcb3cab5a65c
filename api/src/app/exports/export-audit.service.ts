import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';

export interface ExportRecord {
  /** export.matrix, export.items */
  action: string;
  format: string;
  periodId: number;
  /** The agency the file is about (an item list), or the agency team's own for its matrix. */
  agencyId: number | null;
  filters: Record<string, unknown>;
  rows: number;
}

/** Drops the filters that were not given, so that the trail records what the user asked for. */
function given(filters: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/**
 * Every export in the audit trail: who (the audit service takes the user from the request), what, with which filters, how many rows. Recorded
 * in a short transaction of its own once the rows are known, so that no connection is held while the file is
 * rendered and sent.
 */
@Injectable()
export class ExportAudit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  record(e: ExportRecord): Promise<void> {
    return this.dataSource.transaction((m) =>
      this.audit.record(m, {
        action: e.action,
        entityType: 'period',
        entityId: e.periodId,
        agencyId: e.agencyId,
        after: { format: e.format, filters: given(e.filters), rows: e.rows },
      }),
    );
  }
}
