import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';
import { SurveyImportService } from '../survey/survey-import.service';
import { AgencyImportService } from './agency-import.service';
import { ReserveImportDto } from './dto/import-job.dto';
import { ImportQuery } from './dto/import-query.dto';
import { assertMayImport, ImportJobsService, ProgressFn } from './import-jobs.service';
import { isQueueFull, ImportQueueService } from './import-queue.service';
import type { ImportKind, ImportResult } from '@pantau/domain';
import type { ImportRun } from './import-report';
import { ItemImportService } from './item-import.service';
import { readSheet } from './sheet-reader';
import { assertSafeSpreadsheet, sniffSpreadsheet, UploadedSpreadsheet } from './spreadsheet-file';

/**
 * Checks the uploaded file, waits for the import's turn, then reads the rows and hands them to the import of
 * their kind, reporting progress under the import's id.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: ImportJobsService,
    private readonly queue: ImportQueueService,
    private readonly agencies: AgencyImportService,
    private readonly items: ItemImportService,
    private readonly survey: SurveyImportService,
  ) {}

  /** An id for one upload of this kind (into this period), bound to the user. */
  async reserve(user: AuthUser, { kind, periodId }: ReserveImportDto): Promise<string> {
    assertMayImport(user, kind);
    if (kind === 'agencies') {
      if (periodId !== undefined)
        throw apiError(
          400,
          'import-period-not-wanted',
          {},
          'Agencies are not imported into a period: leave periodId out',
        );
    } else {
      if (periodId === undefined || periodId === null) {
        const message = `periodId is required to import ${kind}: the period the rows belong to`;
        throw apiError(400, 'import-period-required', { kind }, message);
      }
      const found = await this.dataSource.query(`SELECT 1 FROM period WHERE id = $1`, [periodId]);
      if (found.length === 0) throw apiError(404, 'period-not-found', {}, 'Period not found');
    }
    return this.jobs.reserve(user, kind, periodId ?? null);
  }

  async run(
    kind: ImportKind,
    file: UploadedSpreadsheet | undefined,
    user: AuthUser,
    q: ImportQuery,
    periodId?: number,
  ): Promise<ImportResult> {
    const importId = this.jobs.claim(q.importId, user, kind, periodId ?? null);
    const progress: ProgressFn = (phase, done, total) => this.jobs.report(importId, { phase, done, total });
    try {
      // Only the first bytes: a wrong file is refused at once instead of after its turn.
      const format = await sniffSpreadsheet(file);
      const result = await this.queue.run(importId, async () => {
        progress('reading', 0, 0);
        await assertSafeSpreadsheet(file!, format);
        const sheet = await readSheet(file!.path, format);
        const run: ImportRun = {
          user,
          importId,
          dryRun: q.dryRun ?? false,
          fileName: file!.originalname.slice(0, 200),
          progress,
        };
        return kind === 'agencies'
          ? await this.agencies.run(sheet, run)
          : kind === 'items'
            ? await this.items.run(sheet, periodId!, run)
            : await this.survey.run(sheet, periodId!, run);
      });
      progress('done', result.rows, result.rows);
      return result;
    } catch (e) {
      if (isQueueFull(e)) this.jobs.release(importId);
      else progress('failed', 0, 0);
      throw e;
    }
  }
}
