import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { AuthUser } from '../auth/auth-user';
import { SurveyImportService } from '../survey/survey-import.service';
import { AgencyImportService } from './agency-import.service';
import { ImportQuery } from './dto/import-query.dto';
import { ImportProgressService, ProgressFn } from './import-progress.service';
import { ImportKind, ImportResult, ImportRun } from './import-report';
import { ItemImportService } from './item-import.service';
import { readSheet } from './sheet-reader';
import { checkSpreadsheet, UploadedSpreadsheet } from './spreadsheet-file';

/** Checks and reads the uploaded file, then hands the rows to the import of its kind, reporting progress. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly progress: ImportProgressService,
    private readonly agencies: AgencyImportService,
    private readonly items: ItemImportService,
    private readonly survey: SurveyImportService,
  ) {}

  async run(
    kind: ImportKind,
    file: UploadedSpreadsheet | undefined,
    user: AuthUser,
    q: ImportQuery,
    periodId?: number,
  ): Promise<ImportResult> {
    const importId = q.importId ?? randomUUID();
    const progress: ProgressFn = (phase, done, total) =>
      this.progress.report(importId, user.id, { phase, done, total });
    progress('reading', 0, 0);
    try {
      const format = checkSpreadsheet(file);
      const sheet = await readSheet(file!.buffer, format);
      const run: ImportRun = {
        user,
        importId,
        dryRun: q.dryRun ?? false,
        fileName: file!.originalname.slice(0, 200),
        progress,
      };
      const result =
        kind === 'agencies'
          ? await this.agencies.run(sheet, run)
          : kind === 'items'
            ? await this.items.run(sheet, periodId!, run)
            : await this.survey.run(sheet, periodId!, run);
      progress('done', result.rows, result.rows);
      return result;
    } catch (e) {
      progress('failed', 0, 0);
      throw e;
    }
  }
}
