import { EntityManager } from 'typeorm';
import { EMPTY_COUNTS } from '@pantau/domain';
import { applyCellDelta, recomputeAll } from '../scores/score-sql';
import { bulkInsert } from '../seed/bulk-insert';
import type { ItemRow } from './item-rows';

export interface ItemUpdate {
  id: number;
  row: ItemRow;
}

/** Beyond this many touched cells one recomputation of the period beats a delta per cell. */
const DELTA_CELLS_MAX = 40;

const ITEM_COLUMNS = [
  ['plan_id', 'int'],
  ['agency_id', 'int'],
  ['period_id', 'int'],
  ['pillar_code', 'text'],
  ['criterion_id', 'int'],
  ['work_unit_id', 'int'],
  ['title', 'text'],
  ['description', 'text'],
  ['cadence', 'text'],
] as const;

export const unitKey = (agencyId: number, name: string | null) => `${agencyId}|${(name ?? '').toLowerCase()}`;

async function plansOf(m: EntityManager, periodId: number, agencyIds: number[]): Promise<Map<number, number>> {
  await m.query(
    `INSERT INTO action_plan (agency_id, period_id) SELECT unnest($1::int[]), $2
     ON CONFLICT (agency_id, period_id) DO NOTHING`,
    [agencyIds, periodId],
  );
  const plans: Array<{ id: number; agencyId: number }> = await m.query(
    `SELECT id, agency_id AS "agencyId" FROM action_plan WHERE period_id = $1 AND agency_id = ANY($2::int[])`,
    [periodId, agencyIds],
  );
  return new Map(plans.map((p) => [p.agencyId, p.id]));
}

/** Work units by agency and case-insensitive name, creating the ones the file names for the first time. */
async function workUnits(m: EntityManager, rows: ItemRow[]): Promise<Map<string, number>> {
  const named = rows.filter((r) => r.workUnit);
  const agencyIds = [...new Set(named.map((r) => r.agencyId))];
  const load = async () => {
    const units: Array<{ id: number; agencyId: number; name: string }> = await m.query(
      `SELECT id, agency_id AS "agencyId", name FROM work_unit WHERE agency_id = ANY($1::int[]) ORDER BY id`,
      [agencyIds],
    );
    const map = new Map<string, number>();
    for (const u of units) if (!map.has(unitKey(u.agencyId, u.name))) map.set(unitKey(u.agencyId, u.name), u.id);
    return map;
  };
  const known = await load();
  const missing = new Map<string, ItemRow>();
  for (const r of named) {
    const k = unitKey(r.agencyId, r.workUnit);
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

/** Creates plans and work units as needed, inserts the new items in bulk and updates the changed ones. */
export async function writeItems(m: EntityManager, periodId: number, created: ItemRow[], updated: ItemUpdate[]) {
  const touched = [...created, ...updated.map((u) => u.row)];
  const planOf = await plansOf(m, periodId, [...new Set(touched.map((r) => r.agencyId))]);
  const unitOf = await workUnits(m, touched);
  const unitId = (r: ItemRow) => (r.workUnit ? unitOf.get(unitKey(r.agencyId, r.workUnit))! : null);
  await bulkInsert(
    m,
    'plan_item',
    ITEM_COLUMNS,
    created.map((r) => {
      const plan = planOf.get(r.agencyId);
      return [plan, r.agencyId, periodId, r.pillar, r.criterionId, unitId(r), r.title, r.description, r.cadence];
    }),
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

/** New items are unrated: each adds one grey to its cell, in the import's transaction. */
export async function countNewItems(m: EntityManager, periodId: number, created: ItemRow[]): Promise<void> {
  const grey = new Map<string, number>();
  for (const r of created) grey.set(`${r.agencyId}|${r.pillar}`, (grey.get(`${r.agencyId}|${r.pillar}`) ?? 0) + 1);
  if (grey.size > DELTA_CELLS_MAX) return recomputeAll(m, periodId);
  for (const [k, n] of grey) {
    const [agencyId, pillar] = k.split('|');
    await applyCellDelta(m, periodId, Number(agencyId), pillar!, { ...EMPTY_COUNTS, grey: n });
  }
}
