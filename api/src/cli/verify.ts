import { Client } from 'pg';
import { findDrift } from '../app/scores/score-sql';
import { loadConfig } from '../services/config/app-config';
import { resolveDatabase } from '../services/database/resolve-database';

/** `npm run db:verify`: recomputes every maintained count from the ratings and reports any difference. */
async function main(): Promise<number> {
  const db = await resolveDatabase(loadConfig());
  const client = new Client({ connectionString: db.url });
  await client.connect();
  try {
    const started = Date.now();
    const drift = await findDrift({
      query: (sql: string, params?: unknown[]) => client.query(sql, params).then((r) => r.rows),
    });
    const [{ cells }] = (await client.query(`SELECT count(*)::int AS cells FROM cell_count`)).rows;
    for (const d of drift.cells.slice(0, 50)) {
      console.log(
        `period ${d.periodId} agency ${d.agencyId} ${d.pillar}: maintained ${JSON.stringify(d.maintained)} ≠ recomputed ${JSON.stringify(d.recomputed)}`,
      );
    }
    const ok = drift.cells.length === 0 && drift.agencies === 0;
    console.log(
      `${ok ? 'OK' : 'DRIFT'}: ${cells} cells checked in ${Date.now() - started} ms; ${drift.cells.length} cell(s) and ${drift.agencies} agency index(es) differ`,
    );
    return ok ? 0 : 2;
  } finally {
    await client.end();
    await db.release();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
