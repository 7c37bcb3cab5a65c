import {
  applyDecorators,
  Body,
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
import { apiError } from '../common/api-error';
import { ImportJobDto, ReserveImportDto } from './dto/import-job.dto';
import { ImportQuery, PeriodImportQuery } from './dto/import-query.dto';
import { ImportProgressDto, ImportReportDto } from './dto/import-report.dto';
import { ImportJobsService } from './import-jobs.service';
import type { ImportProgress, ImportReservation, ImportResult } from '@pantau/domain';
import { ImportsService } from './imports.service';
import type { UploadedSpreadsheet } from './spreadsheet-file';
import { UploadInterceptor } from './upload.interceptor';

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
    ApiResponse({
      status: 400,
      description:
        'code upload-missing-file, upload-empty, upload-unreadable, upload-damaged, upload-has-formulas (params.cell) ' +
        'or upload-compression-bomb',
    }),
    ApiResponse({ status: 404, description: 'code import-not-found: importId was not reserved by this user' }),
    ApiResponse({ status: 409, description: 'code import-id-used, import-id-wrong-kind or import-id-wrong-period' }),
    ApiResponse({
      status: 413,
      description:
        'code upload-too-large (params.limit: larger than the upload limit) or upload-too-many-rows (params.limit)',
    }),
    ApiResponse({ status: 415, description: 'code upload-wrong-type: not a CSV or XLSX spreadsheet' }),
    ApiResponse({
      status: 422,
      type: ImportReportDto,
      description: 'code import-rows-invalid: nothing was written; every bad row is listed with its own code',
    }),
    ApiResponse({
      status: 503,
      description: 'code import-queue-full: too many imports are waiting; retry after the Retry-After seconds',
    }),
  );

const invalidImportId = () =>
  apiError(400, 'invalid-import-id', {}, 'An import id is the UUID that POST /api/imports/jobs answered');

@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly jobs: ImportJobsService,
  ) {}

  @Post('jobs')
  @Allow('admin', 'agency')
  @ApiOperation({
    summary: 'Reserve an import id for one upload',
    description:
      'The id is bound to the caller: only they can upload under it (once), and only they and admins can read ' +
      'its progress. Items and survey ids are bound to the period the upload names. Agency teams reserve ids ' +
      'for items only.',
  })
  @ApiCreatedResponse({ type: ImportJobDto })
  @ApiResponse({ status: 400, description: 'periodId missing for items or survey, or given for agencies' })
  @ApiResponse({ status: 403, description: 'code import-kind-forbidden: this kind is imported by admins only' })
  @ApiResponse({ status: 404, description: 'No such period' })
  async reserve(@CurrentUser() user: AuthUser, @Body() body: ReserveImportDto): Promise<ImportReservation> {
    return { importId: await this.imports.reserve(user, body) };
  }

  @Post('agencies')
  @Allow('admin')
  @UseInterceptors(UploadInterceptor, FileInterceptor('file'))
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
  @UseInterceptors(UploadInterceptor, FileInterceptor('file'))
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
  @UseInterceptors(UploadInterceptor, FileInterceptor('file'))
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
  @ApiOperation({ summary: 'Progress of an import, queued (with its place in line), running or finished' })
  @ApiOkResponse({ type: ImportProgressDto })
  @ApiResponse({ status: 404, description: 'No import with this id (or not yours)' })
  progressOf(
    @CurrentUser() user: AuthUser,
    @Param('importId', new ParseUUIDPipe({ exceptionFactory: invalidImportId })) importId: string,
  ): ImportProgress {
    return this.jobs.get(importId, user);
  }
}

/** 201 when something was imported, 200 for a dry run that wrote nothing. */
function send(res: Response, result: ImportResult): void {
  res.status(result.dryRun ? 200 : 201).json(result);
}
