import type { Queryable } from '../scores/score-sql';

/**
 * Inserts many rows with one statement per chunk: each column travels as one typed array and
 * `unnest` turns them back into rows. Orders of magnitude faster than row-by-row inserts.
 */
export async function bulkInsert(
  db: Queryable,
  table: string,
  columns: ReadonlyArray<readonly [name: string, pgType: string]>,
  rows: ReadonlyArray<readonly unknown[]>,
  chunk = 20_000,
): Promise<void> {
  const names = columns.map(([n]) => `"${n}"`).join(', ');
  const arrays = columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const params = columns.map((_, i) => part.map((r) => r[i] ?? null));
    await db.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, params);
  }
}

/** After inserting explicit ids, moves a serial column's sequence past them. */
export async function syncSequence(db: Queryable, table: string, column = 'id'): Promise<void> {
  await db.query(
    `SELECT setval(pg_get_serial_sequence('"${table}"', '${column}'), COALESCE((SELECT max("${column}") FROM "${table}"), 0) + 1, false)`,
  );
}
