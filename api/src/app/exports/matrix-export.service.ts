import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BATCH_NAMES, isAgencyBound } from '@pantau/domain';
import type { MatrixExportFormat } from '@pantau/domain';
import type { AuthUser } from '../auth/auth-user';
import { MatrixService } from '../matrix/matrix.service';
import { MatrixExportQuery } from './dto/matrix-export-query.dto';
import { describeFilters, ExportMeta, matrixFileName } from './export-meta';
import { ExportAudit } from './export-audit.service';
import { renderMatrixCsv } from './matrix-csv';
import { renderMatrixPdf } from './matrix-pdf';
import { renderMatrixXlsx } from './matrix-xlsx';

export interface ExportFile {
  body: Buffer;
  fileName: string;
  type: string;
}

export const CONTENT_TYPES: Readonly<Record<MatrixExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export function exportMeta(user: AuthUser, filters: ExportMeta['filters'] = []): ExportMeta {
  return { generatedAt: new Date(), generatedBy: `${user.displayName} (${user.username})`, filters };
}

/** The matrix as the screen shows it to this user (same scope and filters), every row, as a file. */
@Injectable()
export class MatrixExportService {
  constructor(
    private readonly matrix: MatrixService,
    private readonly dataSource: DataSource,
    private readonly audit: ExportAudit,
  ) {}

  async export(
    user: AuthUser,
    periodId: number,
    q: MatrixExportQuery,
    format: MatrixExportFormat,
  ): Promise<ExportFile> {
    const { matrix: m, provinceName } = await this.matrix.matrixForExport(user, periodId, q);
    const meta = exportMeta(user, describeFilters(q, provinceName, await this.scopeOf(user)));
    const body =
      format === 'csv'
        ? renderMatrixCsv(m, meta)
        : format === 'xlsx'
          ? await renderMatrixXlsx(m, meta)
          : await renderMatrixPdf(m, meta);
    await this.audit.record({
      action: 'export.matrix',
      format,
      periodId,
      agencyId: isAgencyBound(user.role) ? user.agencyId : null,
      filters: { ...q },
      rows: m.rows.length,
    });
    return { body, fileName: matrixFileName(m.period.year, q, format), type: CONTENT_TYPES[format] };
  }

  /** What the user may see at all, in words, when it is less than every agency. */
  private async scopeOf(user: AuthUser): Promise<string | null> {
    if (user.role === 'leadership' && user.batch) return `Wilayah ${BATCH_NAMES[user.batch].id}`;
    if (!isAgencyBound(user.role) || user.agencyId === null) return null;
    if (user.role === 'coordinator') {
      const [province]: Array<{ name: string }> = await this.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [
        user.agencyId,
      ]);
      return province ? `${province.name} beserta kabupaten/kotanya` : null;
    }
    const [own]: Array<{ name: string; units: number }> = await this.dataSource.query(
      `SELECT a.name, (SELECT count(*)::int FROM agency u WHERE u.parent_id = a.id) AS units FROM agency a WHERE a.id = $1`,
      [user.agencyId],
    );
    if (!own) return null;
    return own.units > 0 ? `${own.name} beserta ${own.units} unit di bawahnya` : own.name;
  }
}
