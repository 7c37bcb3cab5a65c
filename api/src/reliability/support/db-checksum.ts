import type { DataSource } from 'typeorm';

/**
 * Tables where a refused request may legitimately leave a trace: the audit trail (failed sign-ins),
 * sessions, sign-in back-off and notifications.
 */
export const LOG_TABLES = ['audit_event', 'refresh_token', 'notification', 'sign_in_throttle'];

/** Row count and an md5 over every row (as text, in a fixed order) of each table in the public schema. */
export async function tableChecksums(
  db: DataSource,
  exclude: readonly string[] = LOG_TABLES,
): Promise<Record<string, string>> {
  const tables: Array<{ name: string }> = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (exclude.includes(name)) continue;
    const ident = `"${name.replace(/"/g, '""')}"`;
    const [row] = await db.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS sum FROM ${ident} t`,
    );
    out[name] = `${row.n} rows ${row.sum}`;
  }
  return out;
}

/** The tables whose checksum changed, with before → after. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[name] !== after[name]) changed[name] = `${before[name] ?? '(absent)'} → ${after[name] ?? '(absent)'}`;
  }
  return changed;
}
