import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { MatrixService } from '../matrix/matrix.service';
import { MatrixExportQuery } from './dto/matrix-export-query.dto';
import { describeFilters, ExportMeta, matrixFileName } from './export-meta';
import { renderMatrixCsv } from './matrix-csv';
import { renderMatrixPdf } from './matrix-pdf';
import { renderMatrixXlsx } from './matrix-xlsx';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export interface ExportFile {
  body: Buffer;
  fileName: string;
  type: string;
}

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
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
  ) {}

  async export(user: AuthUser, periodId: number, q: MatrixExportQuery, format: ExportFormat): Promise<ExportFile> {
    const m = await this.matrix.matrix(user, periodId, q, true);
    const meta = exportMeta(user, describeFilters(q, await this.provinceName(q.province)));
    const body =
      format === 'csv'
        ? renderMatrixCsv(m)
        : format === 'xlsx'
          ? await renderMatrixXlsx(m, meta)
          : await renderMatrixPdf(m, meta);
    return { body, fileName: matrixFileName(m.period.year, q, format), type: CONTENT_TYPES[format] };
  }

  private async provinceName(province: string | undefined): Promise<string | null> {
    if (!province) return null;
    const byId = province.startsWith('id:');
    const rows: Array<{ name: string }> = await this.dataSource.query(
      byId
        ? `SELECT name FROM agency WHERE id = $1`
        : `SELECT name FROM agency WHERE type = 'provinsi' AND province_code = $1`,
      [byId ? Number(province.slice(3)) : province],
    );
    return rows[0]?.name ?? null;
  }
}
