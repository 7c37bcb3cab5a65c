import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PeriodState } from '@pantau/domain';
import { AuditService } from '../audit/audit.service';
import type { ImportResult } from '@pantau/domain';
import { apiError } from '../common/api-error';
import { emptyReport, ImportRun, refused, RowErrors } from '../imports/import-report';
import type { Sheet } from '../imports/sheet-reader';
import { parseSurveyRows, SURVEY_VALUES, SurveyRow } from './survey-rows';

type Stored = Record<(typeof SURVEY_VALUES)[number], number | null>;

/** Imports BerAKHLAK index survey results per agency for one period; one row per agency, upserted. */
@Injectable()
export class SurveyImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  run(sheet: Sheet, periodId: number, run: ImportRun): Promise<ImportResult> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('pantau:import:survey'), $1)`, [periodId]);
      const [period]: Array<{ state: PeriodState }> = await m.query(
        `SELECT state FROM period WHERE id = $1 FOR SHARE`,
        [periodId],
      );
      if (!period) throw apiError(404, 'period-not-found', {}, 'Period not found');
      if (period.state === 'closed') {
        const message = 'The period is closed and read only; survey results can no longer change';
        throw apiError(409, 'survey-period-closed', {}, message);
      }
      run.progress('validating', 0, sheet.rows.length);
      const agencies: Array<{ id: number; code: string }> = await m.query(`SELECT id, code FROM agency`);
      const errors = new RowErrors();
      const rows = parseSurveyRows(sheet, new Map(agencies.map((a) => [a.code.toUpperCase(), a.id])), errors);
      const stored: Array<Stored & { agencyId: number }> = await m.query(
        `SELECT agency_id AS "agencyId", values_alignment, engagement, employer_branding, overall
         FROM survey_result WHERE period_id = $1`,
        [periodId],
      );
      const byAgency = new Map(stored.map((s) => [s.agencyId, s]));
      const isNew = (r: SurveyRow) => !byAgency.has(r.agencyId);
      const changed = rows.filter(
        (r) => isNew(r) || SURVEY_VALUES.some((v) => byAgency.get(r.agencyId)![v] !== r.values[v]),
      );
      const created = changed.filter(isNew).length;
      const report = {
        ...emptyReport('survey', sheet.rows.length, errors),
        created,
        updated: changed.length - created,
        unchanged: rows.length - changed.length,
      };
      if (errors.any) throw refused('survey', report);
      const result = { ...report, importId: run.importId, dryRun: run.dryRun };
      if (run.dryRun) return result;
      run.progress('writing', 0, changed.length);
      await m.query(
        `INSERT INTO survey_result (agency_id, period_id, values_alignment, engagement, employer_branding, overall)
         SELECT u.agency_id, $1, u.va, u.en, u.eb, u.ov
         FROM unnest($2::int[], $3::float8[], $4::float8[], $5::float8[], $6::float8[]) AS u(agency_id, va, en, eb, ov)
         ON CONFLICT (agency_id, period_id) DO UPDATE SET values_alignment = EXCLUDED.values_alignment,
           engagement = EXCLUDED.engagement, employer_branding = EXCLUDED.employer_branding, overall = EXCLUDED.overall`,
        [periodId, changed.map((r) => r.agencyId), ...SURVEY_VALUES.map((v) => changed.map((r) => r.values[v]))],
      );
      await this.audit.record(m, {
        action: 'import.survey',
        entityType: 'import',
        entityId: run.importId,
        after: {
          file: run.fileName,
          periodId,
          rows: report.rows,
          created,
          updated: report.updated,
          unchanged: report.unchanged,
        },
      });
      return result;
    });
  }
}
