import { Cadence, PILLARS, PillarCode } from '@pantau/domain';
import { bindColumns, cell, clean, ColumnSpec, RowErrors, rowErrors } from './import-report';
import { checkLength } from './row-limits';
import type { Sheet } from './sheet-reader';

export const ITEM_COLUMNS = {
  agency_code: { required: true, aliases: ['kode_instansi'] },
  pillar: { required: true, aliases: ['pilar'] },
  title: { required: true, aliases: ['judul', 'judul_butir'] },
  description: { aliases: ['deskripsi', 'uraian'] },
  cadence: { aliases: ['frekuensi', 'frekuensi_publikasi'] },
  work_unit: { aliases: ['unit_kerja'] },
  criterion_code: { aliases: ['kode_kriteria'] },
} satisfies Record<string, ColumnSpec>;

const key = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-_\s]+/g, ' ')
    .trim();

/** Pillars by code, Indonesian or English name, or short form: whatever a plan author types. */
const PILLAR_BY_NAME = new Map<string, PillarCode>(
  PILLARS.flatMap((p) => [p.code, p.nameId, p.nameEn, p.short].map((n) => [key(n), p.code] as const)),
);

const CADENCE_BY_NAME = new Map<string, Cadence>([
  ['weekly', 'weekly'],
  ['mingguan', 'weekly'],
  ['monthly', 'monthly'],
  ['bulanan', 'monthly'],
  ['quarterly', 'quarterly'],
  ['triwulanan', 'quarterly'],
  ['triwulan', 'quarterly'],
]);

export interface ItemRow {
  row: number;
  agencyId: number;
  pillar: PillarCode;
  title: string;
  description: string | null;
  cadence: Cadence;
  workUnit: string | null;
  criterionId: number | null;
}

export interface ItemLookups {
  agencyIdByCode: Map<string, number>;
  /** Agencies the user may import into; null means all. */
  allowedAgencies: ReadonlySet<number> | null;
  criteriaByCode: Map<string, { id: number; pillar: PillarCode }>;
}

/** Validates every row of an item sheet; returns only the rows without errors. */
export function parseItemRows(sheet: Sheet, look: ItemLookups, errors: RowErrors): ItemRow[] {
  const cols = bindColumns(sheet, ITEM_COLUMNS, errors);
  if (errors.any) return [];
  const out: ItemRow[] = [];
  const firstRowByKey = new Map<string, number>();
  for (const r of sheet.rows) {
    const err = rowErrors(errors, r.row);
    const code = cell(r, cols, 'agency_code').toUpperCase();
    const agencyId = look.agencyIdByCode.get(code);
    if (!code) err('agency_code', 'cell-empty', {}, 'The agency code is empty');
    else if (agencyId === undefined || (look.allowedAgencies && !look.allowedAgencies.has(agencyId))) {
      if (look.allowedAgencies) err('agency_code', 'agency-not-own', { value: code }, `"${code}" is not your agency`);
      else err('agency_code', 'agency-code-unknown', { value: code }, `No agency has the code "${code}"`);
    }
    const pillarText = cell(r, cols, 'pillar');
    const pillar = PILLAR_BY_NAME.get(key(pillarText));
    if (!pillarText) err('pillar', 'cell-empty', {}, 'The pillar is empty');
    else if (!pillar)
      err('pillar', 'pillar-unknown', { value: pillarText }, `"${pillarText}" is not a BerAKHLAK pillar`);
    const title = clean(cell(r, cols, 'title'));
    if (!title) err('title', 'cell-empty', {}, 'The title is empty');
    else checkLength(err, 'title', 'itemTitle', title, 'The title');
    const description = cell(r, cols, 'description') || null;
    if (description) checkLength(err, 'description', 'itemDescription', description, 'The description');
    const cadenceText = cell(r, cols, 'cadence');
    const cadence = cadenceText ? CADENCE_BY_NAME.get(key(cadenceText)) : 'monthly';
    if (!cadence)
      err(
        'cadence',
        'cadence-unknown',
        { value: cadenceText },
        `"${cadenceText}" is not a cadence: use weekly, monthly or quarterly`,
      );
    const workUnit = clean(cell(r, cols, 'work_unit')) || null;
    if (workUnit) checkLength(err, 'work_unit', 'workUnitName', workUnit, 'The work unit name');
    const criterionCode = cell(r, cols, 'criterion_code').toUpperCase();
    const criterion = criterionCode ? look.criteriaByCode.get(criterionCode) : undefined;
    if (criterionCode && !criterion) {
      const message = `No criterion "${criterionCode}" in this period's instrument`;
      err('criterion_code', 'criterion-unknown', { value: criterionCode }, message);
    } else if (criterion && pillar && criterion.pillar !== pillar) {
      const params = { value: criterionCode, pillar: criterion.pillar, expected: pillar };
      const message = `Criterion "${criterionCode}" belongs to the pillar ${criterion.pillar}, not ${pillar}`;
      err('criterion_code', 'criterion-wrong-pillar', params, message);
    }
    if (errors.hasRow(r.row)) continue;
    const k = itemKey(agencyId!, pillar!, title);
    const first = firstRowByKey.get(k);
    if (first !== undefined) {
      const message = `Row ${first} already has this title for the same agency and pillar`;
      err('title', 'cell-repeated', { firstRow: first }, message);
      continue;
    }
    firstRowByKey.set(k, r.row);
    out.push({
      row: r.row,
      agencyId: agencyId!,
      pillar: pillar!,
      title,
      description,
      cadence: cadence!,
      workUnit,
      criterionId: criterion?.id ?? null,
    });
  }
  return out;
}

export const itemKey = (agencyId: number, pillar: string, title: string) => `${agencyId}|${pillar}|${title}`;
