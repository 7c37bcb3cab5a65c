/**
 * The one CSV dialect of exports and imports: what Excel in Indonesian locale writes and opens in columns.
 * Its list separator is ';' and its decimal separator ','; a UTF-8 BOM makes it read accents right (a
 * "sep=" line would make it ignore the BOM), and lines end in CRLF.
 */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/**
 * Where a program splitting the text on any usual separator (';', ',', tab, line breaks) would start a field
 * with a formula character: the start of the value and every position right after a separator, spaces (and
 * the quotes a sloppy split leaves) aside.
 */
const FORMULA_AT = /(?<=(?:^|[;,\t\r\n])[ "]*)(?=[=+\-@\t\r])/g;
const NEUTRALISED_AT = /(?<=(?:^|[;,\t\r\n])[ "]*)'(?=[=+\-@\t\r])/g;

/** An apostrophe before every formula start keeps the cell text, whichever separator a program splits on. */
export function neutralise(text: string): string {
  return text.replace(FORMULA_AT, "'");
}

/** Undoes neutralise(), so that an export can be re-imported as it is. */
export function unneutralise(text: string): string {
  return text.replace(NEUTRALISED_AT, '');
}

/** Counts and scores as Indonesian Excel reads numbers: "72,5"; integers as they are. */
export function formatNumber(n: number): string {
  return Number.isFinite(n) ? String(n).replace('.', ',') : '';
}

/** "72.5" and "72,5" are the same number; anything else (thousands separators too) is not a number. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?\d+(?:[.,]\d+)?$/.test(t)) return undefined;
  return Number(t.replace(',', '.'));
}

function field(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(v);
  const s = neutralise(v);
  return /[;,"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export type CsvValue = string | number | null | undefined;

/** RFC 4180 records in the dialect above. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): Buffer {
  return Buffer.from(BOM + rows.map((r) => r.map(field).join(CSV_SEPARATOR)).join('\r\n') + '\r\n', 'utf8');
}
