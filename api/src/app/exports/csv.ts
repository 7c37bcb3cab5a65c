const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet program would run a cell starting with these as a formula; a leading apostrophe keeps it text. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = neutralise(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV, UTF-8 with a BOM so that Excel reads the accents and symbols right. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): Buffer {
  return Buffer.from(BOM + rows.map((r) => r.map(field).join(',')).join('\r\n') + '\r\n', 'utf8');
}
