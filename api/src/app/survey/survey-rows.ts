import { parseNumber } from '../exports/csv';
import { bindColumns, cell, ColumnSpec, RowErrors, rowErrors } from '../imports/import-report';
import type { Sheet } from '../imports/sheet-reader';

export const SURVEY_COLUMNS = {
  agency_code: { required: true, aliases: ['kode_instansi', 'kode'] },
  values_alignment: { aliases: ['keselarasan_nilai'] },
  engagement: { aliases: ['keterikatan_pegawai'] },
  employer_branding: { aliases: ['citra_pemberi_kerja'] },
  overall: { aliases: ['indeks', 'indeks_berakhlak'] },
} satisfies Record<string, ColumnSpec>;

export const SURVEY_VALUES = ['values_alignment', 'engagement', 'employer_branding', 'overall'] as const;
export type SurveyValue = (typeof SURVEY_VALUES)[number];

export interface SurveyRow {
  row: number;
  agencyId: number;
  values: Record<SurveyValue, number | null>;
}

/** "72.5" and the Indonesian "72,5" are the same score; anything else is an error. */
function score(text: string): number | null | undefined {
  if (text === '') return null;
  const n = parseNumber(text);
  return n !== undefined && n >= 0 && n <= 100 ? Math.round(n * 100) / 100 : undefined;
}

/** Validates every row of a survey sheet: one row per agency, scores between 0 and 100. */
export function parseSurveyRows(
  sheet: Sheet,
  agencyIdByCode: ReadonlyMap<string, number>,
  errors: RowErrors,
): SurveyRow[] {
  const cols = bindColumns(sheet, SURVEY_COLUMNS, errors);
  if (!errors.any && SURVEY_VALUES.every((v) => cols[v] < 0)) {
    const message = `The header row has none of the score columns: ${SURVEY_VALUES.join(', ')}`;
    errors.add(1, 'overall', 'score-columns-missing', { expected: SURVEY_VALUES }, message);
  }
  if (errors.any) return [];
  const out: SurveyRow[] = [];
  const rowOfAgency = new Map<number, number>();
  for (const r of sheet.rows) {
    const err = rowErrors(errors, r.row);
    const code = cell(r, cols, 'agency_code').toUpperCase();
    const agencyId = agencyIdByCode.get(code);
    if (!code) err('agency_code', 'cell-empty', {}, 'The agency code is empty');
    else if (agencyId === undefined)
      err('agency_code', 'agency-code-unknown', { value: code }, `No agency has the code "${code}"`);
    else if (rowOfAgency.has(agencyId)) {
      const firstRow = rowOfAgency.get(agencyId)!;
      err('agency_code', 'cell-repeated', { firstRow }, `Row ${firstRow} already has "${code}"`);
    } else rowOfAgency.set(agencyId, r.row);
    const values = {} as Record<SurveyValue, number | null>;
    for (const v of SURVEY_VALUES) {
      const text = cell(r, cols, v);
      const parsed = score(text);
      if (parsed === undefined) err(v, 'score-invalid', { value: text }, `"${text}" is not a score between 0 and 100`);
      values[v] = parsed ?? null;
    }
    if (SURVEY_VALUES.every((v) => values[v] === null && cell(r, cols, v) === '')) {
      err('overall', 'row-without-score', {}, 'The row has no score');
    }
    if (!errors.hasRow(r.row)) out.push({ row: r.row, agencyId: agencyId!, values });
  }
  return out;
}
