import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EMPTY_COUNTS, PeriodState } from '@pantau/domain';
import { ScopeService } from '../access/scope.service';
import { AuditService } from '../audit/audit.service';
import { applyCellDelta, recomputeAll } from '../scores/score-sql';
import { bulkInsert } from '../seed/bulk-insert';
import { emptyReport, ImportResult, ImportRun, refused, RowErrors } from './import-report';
import { ItemLookups, ItemRow, itemKey, parseItemRows } from './item-rows';
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

/** Beyond this many touched cells one recomputation of the period beats a delta per cell. */
const DELTA_CELLS_MAX = 40;

const lower = (s: string | null) => (s ?? '').toLowerCase();

function sameItem(e: ExistingItem, r: ItemRow): boolean {
  return (
    (e.description ?? null) === r.description &&
    e.cadence === r.cadence &&
    e.criterionId === r.criterionId &&
    lower(e.workUnit) === lower(r.workUnit)
  );
}

/** Imports action-plan items into a draft or open period; items are matched by (agency, period, pillar, title). */
@Injectable()
export class ItemImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
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
      const updated: Array<{ id: number; row: ItemRow }> = [];
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
      await this.write(m, periodId, created, updated);
      run.progress('scoring', created.length + updated.length, created.length + updated.length);
      await this.moveCounts(m, periodId, created);
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
    if (!period) throw new NotFoundException('Period not found');
    const allowed: PeriodState[] = agencyTeam ? ['open'] : ['draft', 'open'];
    if (!allowed.includes(period.state)) {
      throw new ConflictException(
        `Items can be imported only while the period is ${allowed.join(' or ')}; this period is "${period.state}"`,
      );
    }
    return period;
  }

  private async lookups(m: EntityManager, run: ImportRun, instrumentVersion: string): Promise<ItemLookups> {
    const agencies: Array<{ id: number; code: string }> = await m.query(`SELECT id, code FROM agency`);
    const criteria: Array<{ id: number; code: string; pillar: ItemRow['pillar'] }> = await m.query(
      `SELECT id, code, pillar_code AS pillar FROM criterion WHERE instrument_version = $1`,
      [instrumentVersion],
    );
    const scope = run.user.role === 'agency' ? await this.scope.scopeOf(run.user) : null;
    return {
      agencyIdByCode: new Map(agencies.map((a) => [a.code.toUpperCase(), a.id])),
      allowedAgencies: scope?.kind === 'agencies' ? new Set(scope.ids) : null,
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

  private async write(
    m: EntityManager,
    periodId: number,
    created: ItemRow[],
    updated: Array<{ id: number; row: ItemRow }>,
  ) {
    const touched = [...created, ...updated.map((u) => u.row)];
    const agencyIds = [...new Set(touched.map((r) => r.agencyId))];
    await m.query(
      `INSERT INTO action_plan (agency_id, period_id) SELECT unnest($1::int[]), $2
       ON CONFLICT (agency_id, period_id) DO NOTHING`,
      [agencyIds, periodId],
    );
    const plans: Array<{ id: number; agencyId: number }> = await m.query(
      `SELECT id, agency_id AS "agencyId" FROM action_plan WHERE period_id = $1 AND agency_id = ANY($2::int[])`,
      [periodId, agencyIds],
    );
    const planOf = new Map(plans.map((p) => [p.agencyId, p.id]));
    const unitOf = await this.workUnits(m, touched);
    const unitId = (r: ItemRow) => (r.workUnit ? unitOf.get(`${r.agencyId}|${lower(r.workUnit)}`)! : null);
    await bulkInsert(
      m,
      'plan_item',
      [
        ['plan_id', 'int'],
        ['agency_id', 'int'],
        ['period_id', 'int'],
        ['pillar_code', 'text'],
        ['criterion_id', 'int'],
        ['work_unit_id', 'int'],
        ['title', 'text'],
        ['description', 'text'],
        ['cadence', 'text'],
      ],
      created.map((r) => [
        planOf.get(r.agencyId),
        r.agencyId,
        periodId,
        r.pillar,
        r.criterionId,
        unitId(r),
        r.title,
        r.description,
        r.cadence,
      ]),
    );
    if (updated.length === 0) return;
    await m.query(
      `UPDATE plan_item i SET description = u.description, cadence = u.cadence, work_unit_id = u.work_unit_id,
              criterion_id = u.criterion_id, updated_at = now()
       FROM unnest($1::int[], $2::text[], $3::text[], $4::int[], $5::int[]) AS u(id, description, cadence, work_unit_id, criterion_id)
       WHERE i.id = u.id`,
      [
        updated.map((u) => u.id),
        updated.map((u) => u.row.description),
        updated.map((u) => u.row.cadence),
        updated.map((u) => unitId(u.row)),
        updated.map((u) => u.row.criterionId),
      ],
    );
  }

  /** Work units by agency and case-insensitive name, creating the ones the file names for the first time. */
  private async workUnits(m: EntityManager, rows: ItemRow[]): Promise<Map<string, number>> {
    const named = rows.filter((r) => r.workUnit);
    const agencyIds = [...new Set(named.map((r) => r.agencyId))];
    const load = async () => {
      const units: Array<{ id: number; agencyId: number; name: string }> = await m.query(
        `SELECT id, agency_id AS "agencyId", name FROM work_unit WHERE agency_id = ANY($1::int[]) ORDER BY id`,
        [agencyIds],
      );
      const map = new Map<string, number>();
      for (const u of units)
        if (!map.has(`${u.agencyId}|${lower(u.name)}`)) map.set(`${u.agencyId}|${lower(u.name)}`, u.id);
      return map;
    };
    const known = await load();
    const missing = new Map<string, ItemRow>();
    for (const r of named) {
      const k = `${r.agencyId}|${lower(r.workUnit)}`;
      if (!known.has(k) && !missing.has(k)) missing.set(k, r);
    }
    if (missing.size === 0) return known;
    const fresh = [...missing.values()];
    await m.query(
      `INSERT INTO work_unit (agency_id, name) SELECT * FROM unnest($1::int[], $2::text[]) ON CONFLICT DO NOTHING`,
      [fresh.map((r) => r.agencyId), fresh.map((r) => r.workUnit)],
    );
    return load();
  }

  /** New items are unrated: each adds one grey to its cell, in this transaction. */
  private async moveCounts(m: EntityManager, periodId: number, created: ItemRow[]): Promise<void> {
    const grey = new Map<string, number>();
    for (const r of created) grey.set(`${r.agencyId}|${r.pillar}`, (grey.get(`${r.agencyId}|${r.pillar}`) ?? 0) + 1);
    if (grey.size > DELTA_CELLS_MAX) return recomputeAll(m, periodId);
    for (const [k, n] of grey) {
      const [agencyId, pillar] = k.split('|');
      await applyCellDelta(m, periodId, Number(agencyId), pillar!, { ...EMPTY_COUNTS, grey: n });
    }
  }
}
