import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { PeriodState } from '@pantau/domain';
import { AuditService } from '../audit/audit.service';
import type { ImportResult } from '@pantau/domain';
import { apiError } from '../common/api-error';
import { emptyReport, ImportRun, refused, RowErrors } from './import-report';
import { ItemLookups, ItemRow, itemKey, parseItemRows } from './item-rows';
import { countNewItems, ItemUpdate, writeItems } from './item-writes';
import type { Sheet } from './sheet-reader';

interface ExistingItem {
  id: number;
  agencyId: number;
  pillar: string;
  title: string;
  description: string | null;
  cadence: string;
  criterionId: number | null;
  workUnit: string | null;
}

function sameItem(e: ExistingItem, r: ItemRow): boolean {
  return (
    (e.description ?? null) === r.description &&
    e.cadence === r.cadence &&
    e.criterionId === r.criterionId &&
    (e.workUnit ?? '').toLowerCase() === (r.workUnit ?? '').toLowerCase()
  );
}

/** Imports action-plan items into a draft or open period; items are matched by (agency, period, pillar, title). */
@Injectable()
export class ItemImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  run(sheet: Sheet, periodId: number, run: ImportRun): Promise<ImportResult> {
    return this.dataSource.transaction(async (m) => {
      // One item import per period at a time, so two uploads of one file cannot both create its items.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('pantau:import:items'), $1)`, [periodId]);
      const period = await this.period(m, periodId, run.user.role === 'agency');
      run.progress('validating', 0, sheet.rows.length);
      const errors = new RowErrors();
      const rows = parseItemRows(sheet, await this.lookups(m, run, period.instrumentVersion), errors);
      const existing = await this.existing(m, periodId, [...new Set(rows.map((r) => r.agencyId))]);
      const created: ItemRow[] = [];
      const updated: ItemUpdate[] = [];
      for (const r of rows) {
        const e = existing.get(itemKey(r.agencyId, r.pillar, r.title));
        if (!e) created.push(r);
        else if (!sameItem(e, r)) updated.push({ id: e.id, row: r });
      }
      const report = {
        ...emptyReport('items', sheet.rows.length, errors),
        created: created.length,
        updated: updated.length,
        unchanged: rows.length - created.length - updated.length,
      };
      if (errors.any) throw refused('items', report);
      const result = { ...report, importId: run.importId, dryRun: run.dryRun };
      if (run.dryRun) return result;
      run.progress('writing', 0, created.length + updated.length);
      await writeItems(m, periodId, created, updated);
      run.progress('scoring', created.length + updated.length, created.length + updated.length);
      await countNewItems(m, periodId, created);
      await this.audit.record(m, {
        action: 'import.items',
        entityType: 'import',
        entityId: run.importId,
        agencyId: run.user.role === 'agency' ? run.user.agencyId : null,
        after: {
          file: run.fileName,
          periodId,
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
        },
      });
      return result;
    });
  }

  private async period(m: EntityManager, periodId: number, agencyTeam: boolean) {
    const [period]: Array<{ state: PeriodState; instrumentVersion: string }> = await m.query(
      `SELECT state, instrument_version AS "instrumentVersion" FROM period WHERE id = $1 FOR SHARE`,
      [periodId],
    );
    if (!period) throw apiError(404, 'period-not-found', {}, 'Period not found');
    const allowed: PeriodState[] = agencyTeam ? ['open'] : ['draft', 'open'];
    if (!allowed.includes(period.state)) {
      const message = `Items can be imported only while the period is ${allowed.join(' or ')}; this period is "${period.state}"`;
      throw apiError(409, 'item-import-period-closed', { state: period.state, allowed }, message);
    }
    return period;
  }

  private async lookups(m: EntityManager, run: ImportRun, instrumentVersion: string): Promise<ItemLookups> {
    const agencies: Array<{ id: number; code: string }> = await m.query(`SELECT id, code FROM agency`);
    const criteria: Array<{ id: number; code: string; pillar: ItemRow['pillar'] }> = await m.query(
      `SELECT id, code, pillar_code AS pillar FROM criterion WHERE instrument_version = $1`,
      [instrumentVersion],
    );
    return {
      agencyIdByCode: new Map(agencies.map((a) => [a.code.toUpperCase(), a.id])),
      // As for single items: a province team sees its units' plans, but each unit maintains its own.
      allowedAgencies: run.user.role === 'agency' ? new Set([run.user.agencyId!]) : null,
      criteriaByCode: new Map(criteria.map((c) => [c.code.toUpperCase(), { id: c.id, pillar: c.pillar }])),
    };
  }

  private async existing(m: EntityManager, periodId: number, agencyIds: number[]): Promise<Map<string, ExistingItem>> {
    const rows: ExistingItem[] = await m.query(
      `SELECT i.id, i.agency_id AS "agencyId", i.pillar_code AS pillar, i.title, i.description, i.cadence,
              i.criterion_id AS "criterionId", w.name AS "workUnit"
       FROM plan_item i LEFT JOIN work_unit w ON w.id = i.work_unit_id
       WHERE i.period_id = $1 AND i.agency_id = ANY($2::int[])
       ORDER BY i.id`,
      [periodId, agencyIds],
    );
    const byKey = new Map<string, ExistingItem>();
    for (const e of rows) {
      const k = itemKey(e.agencyId, e.pillar, e.title.replace(/\s+/g, ' ').trim());
      if (!byKey.has(k)) byKey.set(k, e);
    }
    return byKey;
  }
}
