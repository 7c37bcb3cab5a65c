import {
  applyDecorators,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { ImportQuery, PeriodImportQuery } from './dto/import-query.dto';
import { ImportProgressDto, ImportReportDto } from './dto/import-report.dto';
import { ImportProgressService } from './import-progress.service';
import type { ImportResult } from './import-report';
import { ImportsService } from './imports.service';
import type { UploadedSpreadsheet } from './spreadsheet-file';
import { UploadLimitMessage } from './upload-limit.interceptor';

const FILE_BODY = {
  schema: {
    type: 'object',
    required: ['file'],
    properties: {
      file: { type: 'string', format: 'binary', description: 'A .csv (UTF-8, comma or semicolon) or .xlsx file' },
    },
  },
};

/** Shared OpenAPI answers of every upload route. */
const UploadDocs = (columns: string) =>
  applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({ ...FILE_BODY, description: `Header row, then one row per record. Columns: ${columns}` }),
    ApiCreatedResponse({
      type: ImportReportDto,
      description: 'Imported; the report counts created, updated and unchanged rows',
    }),
    ApiOkResponse({ type: ImportReportDto, description: 'dryRun=true: the file is valid; nothing was written' }),
    ApiResponse({ status: 400, description: 'Missing file, unreadable file, formulas, or a compression bomb' }),
    ApiResponse({ status: 413, description: 'The file is larger than the upload limit' }),
    ApiResponse({ status: 415, description: 'The file is not a CSV or XLSX spreadsheet' }),
    ApiResponse({
      status: 422,
      type: ImportReportDto,
      description: 'Rows with errors: nothing was written; every bad row is listed',
    }),
  );

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly progress: ImportProgressService,
  ) {}

  @Post('agencies')
  @Allow('admin')
  @UseInterceptors(UploadLimitMessage, FileInterceptor('file'))
  @ApiOperation({ summary: 'Import agencies (all-or-nothing; matched by code)' })
  @UploadDocs('code, name, type, batch, province_code, parent_code')
  async agencies(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Query() q: ImportQuery,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.imports.run('agencies', file, user, q));
  }

  @Post('items')
  @Allow('admin', 'agency')
  @UseInterceptors(UploadLimitMessage, FileInterceptor('file'))
  @ApiOperation({
    summary:
      'Import action-plan items into a draft or open period (all-or-nothing; matched by agency, pillar and title)',
    description: 'Agency teams may import items of their own agency while the period is open.',
  })
  @ApiResponse({ status: 409, description: 'The period is not draft or open' })
  @UploadDocs('agency_code, pillar, title, description, cadence (weekly|monthly|quarterly), work_unit, criterion_code')
  async items(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Query() q: PeriodImportQuery,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.imports.run('items', file, user, q, q.periodId));
  }

  @Post('survey')
  @Allow('admin')
  @UseInterceptors(UploadLimitMessage, FileInterceptor('file'))
  @ApiOperation({ summary: 'Import BerAKHLAK index survey results (0–100) per agency for a period' })
  @ApiResponse({ status: 409, description: 'The period is closed' })
  @UploadDocs('agency_code, values_alignment, engagement, employer_branding, overall')
  async survey(
    @CurrentUser() user: AuthUser,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Query() q: PeriodImportQuery,
    @Res() res: Response,
  ): Promise<void> {
    send(res, await this.imports.run('survey', file, user, q, q.periodId));
  }

  @Get(':importId/progress')
  @Allow('admin', 'agency')
  @ApiOperation({ summary: 'Progress of an import started with ?importId=' })
  @ApiOkResponse({ type: ImportProgressDto })
  @ApiResponse({ status: 404, description: 'No import with this id (or not yours)' })
  progressOf(
    @CurrentUser() user: AuthUser,
    @Param('importId', new ParseUUIDPipe()) importId: string,
  ): ImportProgressDto {
    return this.progress.get(importId, user.id, user.role === 'admin');
  }
}

/** 201 when something was imported, 200 for a dry run that wrote nothing. */
function send(res: Response, result: ImportResult): void {
  res.status(result.dryRun ? 200 : 201).json(result);
}
