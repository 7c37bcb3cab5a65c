import { AGENCY_TYPE_NAMES, AGENCY_TYPES, AgencyType, Batch, BATCH_NAMES, BATCHES } from '@pantau/domain';
import { bindColumns, cell, clean, ColumnSpec, RowErrors, rowErrors } from './import-report';
import { checkLength } from './row-limits';
import type { Sheet } from './sheet-reader';

export const AGENCY_COLUMNS = {
  code: { required: true, aliases: ['kode', 'kode_instansi'] },
  name: { required: true, aliases: ['nama', 'instansi', 'nama_instansi'] },
  type: { required: true, aliases: ['jenis'] },
  batch: { required: true, aliases: ['wilayah', 'angkatan'] },
  province_code: { aliases: ['kode_provinsi'] },
  parent_code: { aliases: ['kode_induk'] },
} satisfies Record<string, ColumnSpec>;

const TYPE_BY_NAME = new Map<string, AgencyType>(
  AGENCY_TYPES.flatMap((t) =>
    [t, AGENCY_TYPE_NAMES[t].id, AGENCY_TYPE_NAMES[t].en].map((n) => [n.toLowerCase(), t] as const),
  ),
);
const BATCH_BY_NAME = new Map<string, Batch>(
  BATCHES.flatMap((b) => [b, BATCH_NAMES[b].id, BATCH_NAMES[b].en].map((n) => [n.toLowerCase(), b] as const)),
);
const REGIONAL: readonly AgencyType[] = ['provinsi', 'kabupaten', 'kota'];
const CODE = /^[A-Z0-9][A-Z0-9._-]{0,39}$/;

export interface AgencyRow {
  row: number;
  code: string;
  name: string;
  type: AgencyType;
  batch: Batch;
  provinceCode: string | null;
  parentCode: string | null;
}

/** Validates every row of an agency sheet; `known` are the codes already in the database. */
export function parseAgencyRows(sheet: Sheet, known: ReadonlySet<string>, errors: RowErrors): AgencyRow[] {
  const cols = bindColumns(sheet, AGENCY_COLUMNS, errors);
  if (errors.any) return [];
  const out: AgencyRow[] = [];
  const rowOfCode = new Map<string, number>();
  for (const r of sheet.rows) {
    const err = rowErrors(errors, r.row);
    const code = cell(r, cols, 'code').toUpperCase();
    if (!code) err('code', 'cell-empty', {}, 'The code is empty');
    else if (!CODE.test(code))
      err(
        'code',
        'agency-code-invalid',
        { value: code },
        `"${code}" is not a valid code: letters, digits, '.', '_' and '-', up to 40`,
      );
    else if (rowOfCode.has(code)) {
      const firstRow = rowOfCode.get(code)!;
      err('code', 'cell-repeated', { firstRow }, `Row ${firstRow} already has the code "${code}"`);
    } else rowOfCode.set(code, r.row);
    const name = clean(cell(r, cols, 'name'));
    if (!name) err('name', 'cell-empty', {}, 'The name is empty');
    else checkLength(err, 'name', 'agencyName', name, 'The name');
    const typeText = cell(r, cols, 'type');
    const type = TYPE_BY_NAME.get(typeText.toLowerCase());
    if (!type)
      err(
        'type',
        'agency-type-unknown',
        { value: typeText, allowed: AGENCY_TYPES },
        `"${typeText}" is not an agency type: use ${AGENCY_TYPES.join(', ')}`,
      );
    const batchText = cell(r, cols, 'batch');
    const batch = BATCH_BY_NAME.get(batchText.toLowerCase());
    if (!batch)
      err(
        'batch',
        'batch-unknown',
        { value: batchText, allowed: BATCHES },
        `"${batchText}" is not a batch: use ${BATCHES.join(', ')}`,
      );
    const provinceCode = cell(r, cols, 'province_code') || null;
    if (provinceCode && !/^\d{2}$/.test(provinceCode))
      err(
        'province_code',
        'province-code-invalid',
        { value: provinceCode },
        `"${provinceCode}" is not a two-digit province code`,
      );
    else if (!provinceCode && type && REGIONAL.includes(type))
      err('province_code', 'province-code-required', { type }, `A ${type} needs its two-digit province code`);
    const parentCode = cell(r, cols, 'parent_code').toUpperCase() || null;
    if (parentCode && parentCode === code)
      err('parent_code', 'parent-is-self', {}, 'An agency cannot be its own parent');
    if (!errors.hasRow(r.row))
      out.push({ row: r.row, code, name, type: type!, batch: batch!, provinceCode, parentCode });
  }
  for (const a of out) {
    if (a.parentCode && !known.has(a.parentCode) && !rowOfCode.has(a.parentCode)) {
      const value = a.parentCode;
      const message = `No agency has the code "${value}", in the database or in this file`;
      errors.add(a.row, 'parent_code', 'parent-unknown', { value }, message);
    }
  }
  return out.filter((a) => !errors.hasRow(a.row));
}

/** Rows whose parent chain, with this file's changes applied, leads back to themselves. */
export function parentCycles(rows: AgencyRow[], parentInDb: ReadonlyMap<string, string | null>): AgencyRow[] {
  const parent = new Map(parentInDb);
  for (const r of rows) parent.set(r.code, r.parentCode);
  return rows.filter((r) => {
    const seen = new Set<string>([r.code]);
    for (let p = parent.get(r.code) ?? null; p; p = parent.get(p) ?? null) {
      if (seen.has(p)) return p === r.code;
      seen.add(p);
    }
    return false;
  });
}
