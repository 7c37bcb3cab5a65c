import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { recomputeAll } from '../scores/score-sql';
import { bulkInsert } from '../seed/bulk-insert';
import { AgencyRow, parentCycles, parseAgencyRows } from './agency-rows';
import type { ImportResult } from '@pantau/domain';
import { emptyReport, ImportRun, refused, RowErrors } from './import-report';
import type { Sheet } from './sheet-reader';

interface ExistingAgency {
  id: number;
  code: string;
  name: string;
  type: string;
  batch: string;
  provinceCode: string | null;
  parentCode: string | null;
}

const same = (e: ExistingAgency, r: AgencyRow) =>
  e.name === r.name &&
  e.type === r.type &&
  e.batch === r.batch &&
  e.provinceCode === r.provinceCode &&
  e.parentCode === r.parentCode;

/** Imports the agencies of the programme; matched by code, so a re-import of the same file changes nothing. */
@Injectable()
export class AgencyImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  run(sheet: Sheet, run: ImportRun): Promise<ImportResult> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('pantau:import:agencies'))`);
      run.progress('validating', 0, sheet.rows.length);
      const existing: ExistingAgency[] = await m.query(
        `SELECT a.id, upper(a.code) AS code, a.name, a.type, a.batch_code AS batch, a.province_code AS "provinceCode",
                upper(p.code) AS "parentCode"
         FROM agency a LEFT JOIN agency p ON p.id = a.parent_id`,
      );
      const byCode = new Map(existing.map((e) => [e.code, e]));
      const errors = new RowErrors();
      const parsed = parseAgencyRows(sheet, new Set(byCode.keys()), errors);
      for (const r of parentCycles(parsed, new Map(existing.map((e) => [e.code, e.parentCode])))) {
        const [value, code] = [r.parentCode!, r.code];
        const message = `"${value}" leads back to "${code}": parents cannot form a cycle`;
        errors.add(r.row, 'parent_code', 'parent-cycle', { value, code }, message);
      }
      const rows = parsed.filter((r) => !errors.hasRow(r.row));
      const created = rows.filter((r) => !byCode.has(r.code));
      const updated = rows.filter((r) => byCode.has(r.code) && !same(byCode.get(r.code)!, r));
      const report = {
        ...emptyReport('agencies', sheet.rows.length, errors),
        created: created.length,
        updated: updated.length,
        unchanged: rows.length - created.length - updated.length,
      };
      if (errors.any) throw refused('agencies', report);
      const result = { ...report, importId: run.importId, dryRun: run.dryRun };
      if (run.dryRun) return result;
      run.progress('writing', 0, created.length + updated.length);
      await this.write(m, created, updated, byCode);
      if (updated.some((r) => byCode.get(r.code)!.batch !== r.batch)) {
        run.progress('scoring', created.length + updated.length, created.length + updated.length);
        // Agency scores carry the batch for regional figures; a moved agency must move there too.
        await recomputeAll(m);
      }
      await this.audit.record(m, {
        action: 'import.agencies',
        entityType: 'import',
        entityId: run.importId,
        after: {
          file: run.fileName,
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
        },
      });
      return result;
    });
  }

  private async write(
    m: EntityManager,
    created: AgencyRow[],
    updated: AgencyRow[],
    byCode: Map<string, ExistingAgency>,
  ) {
    await bulkInsert(
      m,
      'agency',
      [
        ['code', 'text'],
        ['name', 'text'],
        ['type', 'text'],
        ['batch_code', 'text'],
        ['province_code', 'text'],
      ],
      created.map((r) => [r.code, r.name, r.type, r.batch, r.provinceCode]),
    );
    if (updated.length > 0) {
      await m.query(
        `UPDATE agency a SET name = u.name, type = u.type, batch_code = u.batch, province_code = u.province, updated_at = now()
         FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, name, type, batch, province)
         WHERE a.id = u.id`,
        [
          updated.map((r) => byCode.get(r.code)!.id),
          updated.map((r) => r.name),
          updated.map((r) => r.type),
          updated.map((r) => r.batch),
          updated.map((r) => r.provinceCode),
        ],
      );
    }
    const parents = [...created, ...updated];
    await m.query(
      `UPDATE agency a SET parent_id = p.id
       FROM unnest($1::text[], $2::text[]) AS u(code, parent_code)
       LEFT JOIN agency p ON upper(p.code) = u.parent_code
       WHERE upper(a.code) = u.code AND a.parent_id IS DISTINCT FROM p.id`,
      [parents.map((r) => r.code), parents.map((r) => r.parentCode)],
    );
  }
}
