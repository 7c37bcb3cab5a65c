import type { ErrorCode, ErrorParams, ImportKind, ImportReport, ImportRowError } from '@pantau/domain';
import { apiError, ApiError } from '../common/api-error';
import type { AuthUser } from '../auth/auth-user';
import type { ProgressFn } from './import-jobs.service';
import type { Sheet, SheetRow } from './sheet-reader';

export interface ColumnSpec {
  required?: boolean;
  /** Other header names accepted for the column, e.g. the Indonesian headers of our own exports. */
  aliases?: readonly string[];
}

/** Collects every problem of a file; nothing is written while it holds any. */
export class RowErrors {
  readonly list: ImportRowError[] = [];
  private readonly badRows = new Set<number>();

  /** A problem in the cell of `column` (or the whole row), with its code and params and the English sentence. */
  add<C extends ErrorCode>(row: number, column: string, code: C, params: ErrorParams[C], message: string): void {
    this.list.push({ row, column, code, ...(Object.keys(params).length > 0 ? { params } : {}), message });
    this.badRows.add(row);
  }

  hasRow(row: number): boolean {
    return this.badRows.has(row);
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}

/** `errors.add` for one row. */
export const rowErrors =
  (errors: RowErrors, row: number) =>
  <C extends ErrorCode>(column: string, code: C, params: ErrorParams[C], message: string): void =>
    errors.add(row, column, code, params, message);

export type Columns<K extends string> = Record<K, number>;

/** Finds each expected column in the header row; a missing required column is an error on row 1. */
export function bindColumns<K extends string>(
  sheet: Sheet,
  spec: Record<K, ColumnSpec>,
  errors: RowErrors,
): Columns<K> {
  const out = {} as Columns<K>;
  const seen = new Map<string, number>();
  sheet.header.forEach((h, i) => {
    if (!h) return;
    const first = seen.get(h);
    if (first === undefined) seen.set(h, i);
    else {
      const where = { first: first + 1, second: i + 1 };
      errors.add(
        1,
        h,
        'column-repeated',
        { column: h, ...where },
        `The column "${h}" appears twice in the header (columns ${where.first} and ${where.second})`,
      );
    }
  });
  for (const key of Object.keys(spec) as K[]) {
    const names = [key, ...(spec[key].aliases ?? [])];
    const index = names.map((n) => seen.get(n)).find((i) => i !== undefined);
    out[key] = index ?? -1;
    if (index === undefined && spec[key].required) {
      const expected = Object.keys(spec);
      errors.add(
        1,
        key,
        'column-missing',
        { column: key, expected },
        `The header row has no "${key}" column; expected columns: ${expected.join(', ')}`,
      );
    }
  }
  return out;
}

/** A cell of a row by column key, trimmed; '' when the column is absent. */
export function cell<K extends string>(r: SheetRow, cols: Columns<K>, key: K): string {
  const i = cols[key];
  return i < 0 ? '' : (r.values[i] ?? '');
}

export function refused(kind: ImportKind, report: ImportReport): ApiError<'import-rows-invalid'> {
  const rows = new Set(report.errors.map((e) => e.row)).size;
  const errors = report.errors.length;
  return apiError(
    422,
    'import-rows-invalid',
    { kind, errors, rows },
    `The ${kind} file has ${errors} error(s) in ${rows} row(s); nothing was imported. Fix them and upload again.`,
    report,
  );
}

export function emptyReport(kind: ImportKind, rows: number, errors: RowErrors): ImportReport {
  return { ok: !errors.any, kind, rows, created: 0, updated: 0, unchanged: 0, errors: errors.list };
}

/** Whitespace inside names and titles is collapsed so that re-imports of re-typed cells still match. */
export function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** One import request: who runs it, under which id, and whether it only validates. */
export interface ImportRun {
  user: AuthUser;
  importId: string;
  dryRun: boolean;
  fileName: string;
  progress: ProgressFn;
}
