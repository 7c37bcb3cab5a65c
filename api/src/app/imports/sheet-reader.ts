import { Readable } from 'node:stream';
import { BadRequestException, HttpException, PayloadTooLargeException } from '@nestjs/common';
import { CellValue, Row, stream, ValueType } from 'exceljs';
import { csvDelimiter, parseCsv } from './csv-reader';
import type { SpreadsheetFormat } from './spreadsheet-file';

export const MAX_ROWS = 100_000;

export interface SheetRow {
  /** The row number a spreadsheet program shows: the header is row 1. */
  row: number;
  values: string[];
}

export interface Sheet {
  /** Normalised header names: lower case, words joined by underscores. */
  header: string[];
  rows: SheetRow[];
}

export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-/.]+/g, '_')
    .replace(/[^a-z0-9_]/g, '');
}

function text(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return '';
}

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** In a CSV a leading '=' is a formula as soon as someone opens the file in a spreadsheet program. */
function csvFormulaCells(sheet: Sheet): string[] {
  return sheet.rows.flatMap((r) =>
    r.values.flatMap((v, i) => (v.startsWith('=') ? [`${columnLetter(i)}${r.row}`] : [])),
  );
}

function formulaCellsOf(row: Row, sheet: string): string[] {
  const found: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (cell.type === ValueType.Formula) found.push(`${sheet}!${cell.address}`);
  });
  return found;
}

/**
 * The first worksheet's rows as text, and every formula cell of every worksheet, read row by row through
 * ExcelJS's streaming reader: a 35,000-row workbook loaded whole took ~230 MB of heap.
 */
async function xlsxSheet(buffer: Buffer): Promise<{ sheet: Sheet | null; formulas: string[] }> {
  const reader = new stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: 'cache',
    styles: 'cache', // dates are numbers with a date format
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const formulas: string[] = [];
  let sheet: Sheet | null = null;
  let dataRows = 0;
  for await (const ws of reader) {
    const model = (reader as unknown as { model?: { sheets?: Array<{ name: string }> } }).model;
    const firstName = model?.sheets?.[0]?.name;
    const name = (ws as unknown as { name: string }).name;
    const isFirst = sheet === null && (firstName === undefined || firstName === name);
    const own: Sheet = { header: [], rows: [] };
    for await (const row of ws as unknown as AsyncIterable<Row>) {
      formulas.push(...formulaCellsOf(row, name));
      if (!isFirst) continue;
      if (row.number === 1) {
        own.header = ((row.values as CellValue[]) ?? []).slice(1).map((v) => normaliseHeader(text(v)));
        continue;
      }
      dataRows += 1;
      if (dataRows > MAX_ROWS) continue; // counted for the message, not kept
      const values = own.header.map((_, i) => text(row.getCell(i + 1).value).trim());
      if (values.some((v) => v !== '')) own.rows.push({ row: row.number, values });
    }
    if (isFirst) sheet = own;
  }
  if (dataRows > MAX_ROWS) throw tooMany(dataRows);
  return { sheet: sheet && (sheet.header.length > 0 || sheet.rows.length > 0) ? sheet : null, formulas };
}

function tooMany(rows: number): PayloadTooLargeException {
  return new PayloadTooLargeException(`The file has ${rows} rows; at most ${MAX_ROWS} rows can be imported at once`);
}

function csvSheet(buffer: Buffer): Sheet {
  const content = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const [head = [], ...records] = parseCsv(content, csvDelimiter(content));
  if (records.length > MAX_ROWS) throw tooMany(records.length);
  const header = head.map(normaliseHeader);
  const rows: SheetRow[] = [];
  records.forEach((values, i) => {
    if (values.some((v) => v.trim() !== ''))
      rows.push({ row: i + 2, values: header.map((_, c) => (values[c] ?? '').trim()) });
  });
  return { header, rows };
}

/** Reads the first worksheet of an XLSX, or a CSV, as text cells; refuses formulas, naming the first cell. */
export async function readSheet(buffer: Buffer, format: SpreadsheetFormat): Promise<Sheet> {
  if (format === 'csv') {
    const sheet = csvSheet(buffer);
    if (sheet.header.every((h) => !h)) throw new BadRequestException('The spreadsheet is empty');
    refuseFormulas(csvFormulaCells(sheet));
    return unneutralise(sheet);
  }
  let read: Awaited<ReturnType<typeof xlsxSheet>>;
  try {
    read = await xlsxSheet(buffer);
  } catch (e) {
    if (e instanceof HttpException) throw e;
    throw new BadRequestException(`The XLSX file could not be read: ${(e as Error).message.slice(0, 200)}`);
  }
  refuseFormulas(read.formulas);
  if (!read.sheet) throw new BadRequestException('The spreadsheet is empty');
  return read.sheet;
}

function refuseFormulas(cells: string[]): void {
  if (cells.length === 0) return;
  const more = cells.length > 1 ? ` and ${cells.length - 1} more cell(s)` : '';
  throw new BadRequestException(
    `The spreadsheet contains formulas (cell ${cells[0]}${more}); formulas are not imported: copy the cells and paste them as values, then upload again`,
  );
}

/** Undoes the apostrophe our CSV exports put before formula-like text, so an export can be re-imported as is. */
function unneutralise(sheet: Sheet): Sheet {
  for (const r of sheet.rows) r.values = r.values.map((v) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v));
  return sheet;
}
