import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { HttpException } from '@nestjs/common';
import { CellValue, Row, stream, ValueType } from 'exceljs';
import { unneutralise } from '../exports/csv';
import { csvDelimiter, parseCsv } from './csv-reader';
import type { SpreadsheetFormat } from './spreadsheet-file';
import { uploadErrors } from './upload-errors';

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
async function xlsxSheet(source: string | Buffer): Promise<{ sheet: Sheet | null; formulas: string[] }> {
  // A path is streamed from disk: the workbook is never whole in memory.
  const input = typeof source === 'string' ? source : Readable.from([source]);
  const reader = new stream.xlsx.WorkbookReader(input as unknown as Readable, {
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
  if (dataRows > MAX_ROWS) throw uploadErrors.tooManyRows(dataRows, MAX_ROWS);
  return { sheet: sheet && (sheet.header.length > 0 || sheet.rows.length > 0) ? sheet : null, formulas };
}

/** The file as UTF-8 text; anything else is refused as not a CSV. */
async function csvText(source: string | Buffer): Promise<string> {
  const buf = typeof source === 'string' ? await readFile(source) : source;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw uploadErrors.wrongType('The file is not UTF-8 text; save the CSV as "CSV UTF-8" or upload an .xlsx workbook');
  }
  if (text.includes('\0')) throw uploadErrors.wrongType('The file contains binary data, not CSV text');
  return text.replace(/^\uFEFF/, '');
}

function csvSheet(content: string): Sheet {
  const [head = [], ...records] = parseCsv(content, csvDelimiter(content));
  if (records.length > MAX_ROWS) throw uploadErrors.tooManyRows(records.length, MAX_ROWS);
  const header = head.map(normaliseHeader);
  const rows: SheetRow[] = [];
  records.forEach((values, i) => {
    if (values.some((v) => v.trim() !== ''))
      rows.push({ row: i + 2, values: header.map((_, c) => (values[c] ?? '').trim()) });
  });
  return { header, rows };
}

/**
 * Reads the first worksheet of an XLSX, or a CSV, as text cells; refuses formulas, naming the first cell.
 * `source` is the path of the uploaded file (or its content, for tests).
 */
export async function readSheet(source: string | Buffer, format: SpreadsheetFormat): Promise<Sheet> {
  if (format === 'csv') {
    const sheet = csvSheet(await csvText(source));
    if (sheet.header.every((h) => !h)) throw uploadErrors.emptySheet();
    refuseFormulas(csvFormulaCells(sheet));
    return withoutNeutralising(sheet);
  }
  let read: Awaited<ReturnType<typeof xlsxSheet>>;
  try {
    read = await xlsxSheet(source);
  } catch (e) {
    if (e instanceof HttpException) throw e;
    throw uploadErrors.unreadable(`The XLSX file could not be read: ${(e as Error).message.slice(0, 200)}`);
  }
  refuseFormulas(read.formulas);
  if (!read.sheet) throw uploadErrors.emptySheet();
  return read.sheet;
}

function refuseFormulas(cells: string[]): void {
  if (cells.length > 0) throw uploadErrors.formulas(cells[0]!, cells.length);
}

/** Undoes the apostrophes our CSV exports put before formula-like text, so an export can be re-imported as is. */
function withoutNeutralising(sheet: Sheet): Sheet {
  for (const r of sheet.rows) r.values = r.values.map(unneutralise);
  return sheet;
}
