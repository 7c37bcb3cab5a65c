import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUDIT_EXPORT_MAX_ROWS } from '@pantau/domain';
import type { AuditExportFormat } from '@pantau/domain';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ApiFileResponse } from '../common/file-response';
import { CONTENT_TYPES } from '../exports/matrix-export.service';
import { AUDIT_SCOPE_NOTE } from './audit.controller';
import { AuditExport } from './audit-export.service';
import { AuditFilterQuery } from './dto/audit-query.dto';

const EXPORT_NOTE =
  `Same filters and scope as GET /audit, newest first, at most ${AUDIT_EXPORT_MAX_ROWS} events (the file states ` +
  'how many it holds of how many matched). Each export is itself recorded in the trail as export.audit. ' +
  AUDIT_SCOPE_NOTE;

/** The audit trail as a file, beside the list as the other exports sit beside their screens. */
@ApiTags('audit')
@ApiBearerAuth()
@Allow('admin', 'evaluator')
@Controller()
export class AuditExportController {
  constructor(private readonly exporter: AuditExport) {}

  @Get('audit.csv')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The audit trail as CSV (UTF-8 with BOM)', description: EXPORT_NOTE })
  @ApiFileResponse(CONTENT_TYPES.csv, 'One event per line; after a blank line, the cap statement')
  csv(@CurrentUser() user: AuthUser, @Query() q: AuditFilterQuery): Promise<StreamableFile> {
    return this.file(user, q, 'csv');
  }

  @Get('audit.xlsx')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The audit trail as an Excel workbook, with an Info sheet', description: EXPORT_NOTE })
  @ApiFileResponse(CONTENT_TYPES.xlsx, 'XLSX workbook: the events, then filters, counts and the cap')
  xlsx(@CurrentUser() user: AuthUser, @Query() q: AuditFilterQuery): Promise<StreamableFile> {
    return this.file(user, q, 'xlsx');
  }

  private async file(user: AuthUser, q: AuditFilterQuery, format: AuditExportFormat): Promise<StreamableFile> {
    const f = await this.exporter.export(user, q, format);
    return new StreamableFile(f.body, {
      type: f.type,
      length: f.body.length,
      disposition: `attachment; filename="${f.fileName}"`,
    });
  }
}
