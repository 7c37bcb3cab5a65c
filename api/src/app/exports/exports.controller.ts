import { Controller, Get, Header, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { ItemExportFormat, MatrixExportFormat } from '@pantau/domain';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiFileResponse } from '../common/file-response';
import { IdPipe } from '../common/id.pipe';
import { MatrixExportQuery } from './dto/matrix-export-query.dto';
import { ExportAudit } from './export-audit.service';
import { itemsFileName } from './export-meta';
import { ItemExportService } from './item-export.service';
import { renderItemsCsv, renderItemsXlsx } from './item-sheet';
import { CONTENT_TYPES, ExportFile, exportMeta, MatrixExportService } from './matrix-export.service';

function download(f: ExportFile): StreamableFile {
  return new StreamableFile(f.body, {
    type: f.type,
    length: f.body.length,
    disposition: `attachment; filename="${f.fileName}"`,
  });
}

const MATRIX_NOTE =
  'Same filters and sort as GET /periods/{periodId}/matrix, every matching agency (no paging), scoped to the user. ' +
  'Each export is recorded in the audit trail as export.matrix (format, filters, rows).';

@ApiTags('exports')
@ApiBearerAuth()
@Allow(...READERS)
@Controller('periods/:periodId')
export class ExportsController {
  constructor(
    private readonly matrix: MatrixExportService,
    private readonly items: ItemExportService,
    private readonly audit: ExportAudit,
  ) {}

  @Get('matrix.csv')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Matrix as CSV for Excel in Indonesian locale: ";" separator, decimal comma, UTF-8 with BOM, CRLF',
    description: `${MATRIX_NOTE} The report, its scope and filters come first, then a blank line and the table.`,
  })
  @ApiFileResponse(CONTENT_TYPES.csv, 'Kode, Instansi, Jenis, Wilayah, Indeks, then score and colour per pillar')
  matrixCsv(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Query() q: MatrixExportQuery,
  ): Promise<StreamableFile> {
    return this.matrixFile(user, periodId, q, 'csv');
  }

  @Get('matrix.xlsx')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'Matrix as an Excel workbook: coloured matrix, per-cell counts, legend, metadata',
    description: MATRIX_NOTE,
  })
  @ApiFileResponse(CONTENT_TYPES.xlsx, 'XLSX workbook')
  matrixXlsx(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Query() q: MatrixExportQuery,
  ): Promise<StreamableFile> {
    return this.matrixFile(user, periodId, q, 'xlsx');
  }

  @Get('matrix.pdf')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Matrix as a landscape A4 PDF report for leadership', description: MATRIX_NOTE })
  @ApiFileResponse(CONTENT_TYPES.pdf, 'PDF report')
  matrixPdf(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Query() q: MatrixExportQuery,
  ): Promise<StreamableFile> {
    return this.matrixFile(user, periodId, q, 'pdf');
  }

  @Get('agencies/:agencyId/items.csv')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "An agency's action-plan items as CSV; ratings only once the user may see them",
    description: 'Same CSV dialect as the matrix. Recorded in the audit trail as export.items.',
  })
  @ApiFileResponse(CONTENT_TYPES.csv, 'The first seven columns can be re-imported with POST /imports/items')
  @ApiResponse({ status: 404, description: 'No such period, or the agency is not visible to the user' })
  itemsCsv(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Param('agencyId', IdPipe) agencyId: number,
  ): Promise<StreamableFile> {
    return this.itemsFile(user, periodId, agencyId, 'csv');
  }

  @Get('agencies/:agencyId/items.xlsx')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "An agency's action-plan items as an Excel workbook; ratings only once the user may see them",
  })
  @ApiFileResponse(CONTENT_TYPES.xlsx, 'XLSX workbook')
  @ApiResponse({ status: 404, description: 'No such period, or the agency is not visible to the user' })
  itemsXlsx(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Param('agencyId', IdPipe) agencyId: number,
  ): Promise<StreamableFile> {
    return this.itemsFile(user, periodId, agencyId, 'xlsx');
  }

  private async matrixFile(
    user: AuthUser,
    periodId: number,
    q: MatrixExportQuery,
    format: MatrixExportFormat,
  ): Promise<StreamableFile> {
    return download(await this.matrix.export(user, periodId, q, format));
  }

  private async itemsFile(
    user: AuthUser,
    periodId: number,
    agencyId: number,
    format: ItemExportFormat,
  ): Promise<StreamableFile> {
    const list = await this.items.list(user, periodId, agencyId);
    const body = format === 'csv' ? renderItemsCsv(list) : await renderItemsXlsx(list, exportMeta(user));
    await this.audit.record({
      action: 'export.items',
      format,
      periodId,
      agencyId,
      filters: { agencyId, withResults: list.withResults },
      rows: list.items.length,
    });
    return download({
      body,
      type: CONTENT_TYPES[format],
      fileName: itemsFileName(list.agency.code, list.period.year, format),
    });
  }
}
