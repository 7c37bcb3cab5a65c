import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AUDIT_EXPORT_MAX_ROWS } from '@pantau/domain';
import type { AuditExportFormat, AuditFilters } from '@pantau/domain';
import type { AuthUser } from '../auth/auth-user';
import type { ExportMeta } from '../exports/export-meta';
import { CONTENT_TYPES, ExportFile, exportMeta } from '../exports/matrix-export.service';
import { auditCsvWriter, auditXlsxWriter } from './audit-sheet';
import { AuditService } from './audit.service';
import { AuditTrail } from './audit-trail.service';

const FILTER_KEYS = [
  'userId',
  'username',
  'action',
  'agencyId',
  'periodId',
  'from',
  'to',
  'entityType',
  'entityId',
] as const;

/** Only the filters given, in a fixed order: what the export's own audit event records. */
function givenFilters(f: AuditFilters): AuditFilters {
  const out: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) if (f[k] !== undefined && f[k] !== '') out[k] = f[k];
  return out as AuditFilters;
}

/**
 * The audit trail as the list shows it to this user (same filters and scope), newest first, up to
 * AUDIT_EXPORT_MAX_ROWS events. One repeatable-read transaction counts, reads and records the export itself,
 * so the file's "N of M" and the recorded row count describe the same moment.
 */
@Injectable()
export class AuditExport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trail: AuditTrail,
    private readonly audit: AuditService,
  ) {}

  export(user: AuthUser, f: AuditFilters, format: AuditExportFormat): Promise<ExportFile> {
    const filters = givenFilters(f);
    return this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const matched = await this.trail.count(m, user, filters);
      const meta = exportMeta(user, await this.describe(m, filters, user));
      const writer = format === 'csv' ? auditCsvWriter() : auditXlsxWriter();
      let rows = 0;
      await this.trail.eachBatch(m, user, filters, AUDIT_EXPORT_MAX_ROWS, (batch) => {
        writer.add(batch);
        rows += batch.length;
      });
      const body = await writer.finish({ rows, matched }, meta);
      await this.audit.record(m, {
        action: 'export.audit',
        entityType: 'audit',
        after: { format, filters, rows, matched, cap: AUDIT_EXPORT_MAX_ROWS },
      });
      const day = meta.generatedAt.toISOString().slice(0, 10);
      return { body, type: CONTENT_TYPES[format], fileName: `jejak-audit-${day}.${format}` };
    });
  }

  /** The filters in words for the file, Indonesian like the other exports; agencies and periods by name. */
  private async describe(m: EntityManager, f: AuditFilters, user: AuthUser): Promise<ExportMeta['filters']> {
    const name = async (table: 'agency' | 'period', id?: number) => {
      if (id === undefined) return null;
      const [row] = await m.query(`SELECT name FROM ${table} WHERE id = $1`, [id]);
      return row ? `${row.name} (${id})` : String(id);
    };
    const out: ExportMeta['filters'] = [];
    const push = (label: string, value: string | number | null | undefined) => {
      if (value !== null && value !== undefined) out.push({ label, value: String(value) });
    };
    push('Pengguna', f.username);
    push('ID pengguna', f.userId);
    push('Aksi', f.action?.endsWith('.') ? `${f.action}* (semua dalam kelompok)` : f.action);
    push('Instansi', await name('agency', f.agencyId));
    push('Periode', await name('period', f.periodId));
    push('Dari', f.from);
    push('Sampai', f.to);
    push('Objek', f.entityType && `${f.entityType}${f.entityId ? ` ${f.entityId}` : ''}`);
    if (user.role !== 'admin') out.unshift({ label: 'Cakupan', value: 'Instansi yang dievaluasi oleh pengunduh' });
    if (out.length === 0) out.push({ label: 'Cakupan', value: 'Seluruh jejak audit' });
    return out;
  }
}
