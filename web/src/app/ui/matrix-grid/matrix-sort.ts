import { isPillarCode, MatrixRow, PillarCode } from '@pantau/domain';

export type SortKey = 'name' | 'index' | PillarCode;
export type SortDir = 'asc' | 'desc';

export interface MatrixSort {
  key: SortKey;
  dir: SortDir;
}

export const DEFAULT_SORT: MatrixSort = { key: 'name', dir: 'asc' };

export function isSortKey(value: unknown): value is SortKey {
  return value === 'name' || value === 'index' || isPillarCode(value);
}

/** Names read best A→Z; scores are usually compared from the top. */
export function defaultDirFor(key: SortKey): SortDir {
  return key === 'name' ? 'asc' : 'desc';
}

function scoreOf(row: MatrixRow, key: Exclude<SortKey, 'name'>): number | null {
  if (key === 'index') return row.index;
  return row.cells.find((c) => c.pillar === key)?.score ?? null;
}

/** Sorts a copy. Unrated rows always go last, whichever the direction; ties fall back to the name. */
export function sortRows(rows: readonly MatrixRow[], sort: MatrixSort, locale: string): MatrixRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: MatrixRow, b: MatrixRow) => collator.compare(a.agency.name, b.agency.name);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const key = sort.key;
  if (key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const x = scoreOf(a, key);
    const y = scoreOf(b, key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}
