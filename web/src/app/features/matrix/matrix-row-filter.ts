import { ParamMap, Params } from '@angular/router';
import { CELL_COLORS, CellColor, isPillarCode, MatrixRow, PillarCode } from '@pantau/domain';

/**
 * Filters the matrix applies to the rows it has: the matrix API has no colour or index filter, and the page loads
 * every agency of the server-side filters at once (it sorts them in the browser too).
 */
export interface MatrixRowFilter {
  /** Agencies holding at least one item of this colour (grey: not rated yet)… */
  color: CellColor | null;
  /** …in this pillar only. */
  pillar: PillarCode | null;
  /** Agencies whose index lies in [min, max); a max of 100 includes 100. */
  min: number | null;
  max: number | null;
}

export const NO_ROW_FILTER: MatrixRowFilter = { color: null, pillar: null, min: null, max: null };

function isCellColor(value: unknown): value is CellColor {
  return (CELL_COLORS as readonly unknown[]).includes(value);
}

function score(value: string | null): number | null {
  const n = Number(value);
  return value !== null && value.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

export function parseRowFilter(params: ParamMap): MatrixRowFilter {
  const color = params.get('color');
  const pillar = params.get('pillar');
  return {
    color: isCellColor(color) ? color : null,
    pillar: isPillarCode(pillar) ? pillar : null,
    min: score(params.get('min')),
    max: score(params.get('max')),
  };
}

export function rowFilterUrlParams(patch: Partial<MatrixRowFilter>): Params {
  const out: Params = {};
  for (const key of ['color', 'pillar', 'min', 'max'] as const) {
    if (key in patch) out[key] = patch[key] ?? null;
  }
  return out;
}

export function hasRowFilter(f: MatrixRowFilter): boolean {
  return f.color !== null || f.pillar !== null || f.min !== null || f.max !== null;
}

export function sameRowFilter(a: MatrixRowFilter, b: MatrixRowFilter): boolean {
  return a.color === b.color && a.pillar === b.pillar && a.min === b.min && a.max === b.max;
}

function holds(row: MatrixRow, color: CellColor, pillar: PillarCode | null): boolean {
  return row.cells.some((cell) => (pillar === null || cell.pillar === pillar) && cell[color] > 0);
}

function inBand(index: number | null, min: number | null, max: number | null): boolean {
  if (min === null && max === null) return true;
  if (index === null) return false;
  return (min === null || index >= min) && (max === null || index < max || (max === 100 && index === 100));
}

export function filterRows(rows: readonly MatrixRow[], f: MatrixRowFilter): MatrixRow[] {
  if (!hasRowFilter(f)) return [...rows];
  return rows.filter((row) => (f.color === null || holds(row, f.color, f.pillar)) && inBand(row.index, f.min, f.max));
}
