// The two benchmark datasets, generated deterministically with the API's own generator (writeDataset)
// into their own databases, and reused while the generator and the options are unchanged.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { databaseExists, databaseSize, queryable, recreateDatabase, withClient } from './postgres.mjs';

export const USERS = [
  { id: 1, username: 'admin', display: 'Bench Admin', role: 'admin' },
  { id: 2, username: 'evaluator', display: 'Bench Evaluator', role: 'evaluator' },
  { id: 3, username: 'leader', display: 'Bench Leadership', role: 'leadership' },
  { id: 4, username: 'evaluator.wilayah', display: 'Bench Evaluator of two agencies in seven', role: 'evaluator' },
];
export const EVALUATOR_ID = 2;
/** An evaluator with a share of the agencies, as in the real programme (the demo's has 177 of 632). */
export const REGIONAL_EVALUATOR = { id: 4, username: 'evaluator.wilayah' };

const PERIODS = [
  {
    name: 'Evaluasi Rencana Aksi BerAKHLAK 2023',
    year: 2023,
    state: 'closed',
    instrumentVersion: '2023.1',
    ratedShare: { pusat: 1, barat: 1, tengah: 1, timur: 1 },
    followUpShare: 0.45,
  },
  {
    name: 'Evaluasi Rencana Aksi BerAKHLAK 2024',
    year: 2024,
    state: 'closed',
    instrumentVersion: '2024.1',
    ratedShare: { pusat: 1, barat: 1, tengah: 1, timur: 1 },
    followUpShare: 0.45,
  },
  {
    name: 'Evaluasi Rencana Aksi BerAKHLAK 2025',
    year: 2025,
    state: 'evaluation',
    instrumentVersion: '2025.1',
    ratedShare: { pusat: 0.85, barat: 0.7, tengah: 0.45, timur: 0.35 },
    followUpShare: 0,
  },
];

/** The national programme plus work units (OPD) as child agencies until there are `total` agencies. */
export function unitAgencies(national, workUnits, total) {
  const out = [...national];
  for (let i = 0; out.length < total; i++) {
    const parent = national[i % national.length];
    const k = Math.floor(i / national.length);
    const names = parent.batch === 'pusat' ? workUnits.CENTRAL_WORK_UNITS : workUnits.LOCAL_WORK_UNITS;
    const base = names[k % names.length];
    const name = `${base}${k >= names.length ? ` ${Math.floor(k / names.length) + 1}` : ''} - ${parent.name}`;
    out.push({ ...parent, code: `${parent.code}-U${String(k + 1).padStart(3, '0')}`, name, parentCode: parent.code });
  }
  return out;
}

export function datasetSpecs(cfg, mods) {
  const national = mods.agencyList.nationalAgencies();
  const common = {
    periods: PERIODS,
    itemsPerPillar: [6, 8],
    extraRatings: [0, 2],
    publicationsPerItem: [4, 10],
    evaluatorByBatch: { pusat: EVALUATOR_ID, barat: EVALUATOR_ID, tengah: EVALUATOR_ID, timur: EVALUATOR_ID },
  };
  return {
    national: {
      scale: 'national',
      database: 'bench_national',
      options: { ...common, seed: 60_001, agencies: national, chunkSize: 200 },
    },
    units: {
      scale: 'units',
      database: `bench_units_${cfg.units}`,
      options: { ...common, seed: 60_002, agencies: unitAgencies(national, mods.workUnits, cfg.units), chunkSize: 200 },
    },
  };
}

/** Bump when this file changes what is generated beyond the options (users, assignments, post-processing). */
const GENERATOR_VERSION = 2;

function generatorHash(spec, mods) {
  const h = createHash('sha256');
  for (const f of mods.generatorFiles) h.update(readFileSync(f));
  h.update(
    JSON.stringify({ version: GENERATOR_VERSION, users: USERS, evaluator: EVALUATOR_ID, options: spec.options }),
  );
  return h.digest('hex').slice(0, 16);
}

async function storedMeta(url) {
  return withClient(url, async (c) => {
    const t = await c.query(`SELECT to_regclass('bench_meta') AS t`);
    if (!t.rows[0].t) return null;
    const r = await c.query(`SELECT value FROM bench_meta WHERE key = 'meta'`);
    return r.rows[0]?.value ?? null;
  });
}

async function migrate(url, mods) {
  const ds = new mods.typeorm.DataSource(mods.dataSourceOptions(url, 2));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

async function generate(spec, url, mods, cfg, log, hash) {
  const started = Date.now();
  await migrate(url, mods);
  const migratedAt = Date.now();
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    // A load, not a workload: no wait for the WAL flush per statement.
    await client.query('SET synchronous_commit = off');
    const db = queryable(client);
    const passwordHash = await mods.argon2.hash(cfg.password);
    await mods.bulkInsert.bulkInsert(
      db,
      'app_user',
      [
        ['id', 'int'],
        ['username', 'text'],
        ['display_name', 'text'],
        ['password_hash', 'text'],
        ['role', 'text'],
      ],
      USERS.map((u) => [u.id, u.username, u.display, passwordHash, u.role]),
    );
    await mods.bulkInsert.syncSequence(db, 'app_user');
    let lastShown = 0;
    await mods.dataset.writeDataset(db, {
      ...spec.options,
      onProgress: (done, total) => {
        if (Date.now() - lastShown > 15_000 || done === total) {
          lastShown = Date.now();
          log(
            `  ${spec.scale}: ${done}/${total} agencies written (${((Date.now() - migratedAt) / 1000).toFixed(0)} s)`,
          );
        }
      },
    });
    await client.query(
      `INSERT INTO evaluator_assignment (period_id, evaluator_id, agency_id) SELECT p.id, $1, a.id FROM period p CROSS JOIN agency a`,
      [EVALUATOR_ID],
    );
    // One evaluator per agency and period: the regional evaluator takes two agencies in seven.
    await client.query(`UPDATE evaluator_assignment SET evaluator_id = $1 WHERE agency_id % 7 < 2`, [
      REGIONAL_EVALUATOR.id,
    ]);
    const written = Date.now();
    // Leave the tables as autovacuum would: statistics and visibility maps, so nothing runs in the background later.
    await client.query('VACUUM (ANALYZE)');
    const counts = (
      await client.query(`SELECT (SELECT count(*) FROM agency)::int AS agencies, (SELECT count(*) FROM plan_item)::int AS items,
        (SELECT count(*) FROM rating)::int AS ratings, (SELECT count(*) FROM publication)::int AS publications,
        (SELECT count(*) FROM follow_up)::int AS follow_ups,
        (SELECT count(*) FROM plan_item WHERE period_id = (SELECT max(id) FROM period))::int AS items_per_period`)
    ).rows[0];
    const meta = {
      hash,
      generatedAt: new Date().toISOString(),
      ms: {
        total: Date.now() - started,
        migrate: migratedAt - started,
        write: written - migratedAt,
        vacuum: Date.now() - written,
      },
      counts,
    };
    await client.query(`CREATE TABLE bench_meta (key text PRIMARY KEY, value jsonb NOT NULL)`);
    await client.query(`INSERT INTO bench_meta VALUES ('meta', $1)`, [meta]);
    return meta;
  } finally {
    await client.end();
  }
}

/** Reuses the dataset when its generator hash matches, else (re)generates it. Returns its url and facts. */
export async function ensureDataset(spec, server, mods, cfg, log) {
  const url = server.urlFor(spec.database);
  const hash = generatorHash(spec, mods);
  const force = cfg.regenerate.includes(spec.scale) || cfg.regenerate.includes('all');
  if (!force && (await databaseExists(server, spec.database))) {
    const meta = await storedMeta(url).catch(() => null);
    if (meta?.hash === hash) {
      log(
        `${spec.scale}: reusing dataset ${spec.database} (generator ${hash}, generated ${meta.generatedAt} in ${(meta.ms.total / 1000).toFixed(1)} s)`,
      );
      return { url, meta, reused: true, bytes: await databaseSize(server, spec.database) };
    }
    log(
      `${spec.scale}: dataset ${spec.database} is stale (generator ${meta?.hash ?? 'none'} != ${hash}); regenerating`,
    );
  }
  log(
    `${spec.scale}: generating ${spec.options.agencies.length} agencies x ${spec.options.periods.length} periods into ${spec.database}`,
  );
  await recreateDatabase(server, spec.database);
  const meta = await generate(spec, url, mods, cfg, log, hash);
  const bytes = await databaseSize(server, spec.database);
  log(
    `${spec.scale}: generated in ${(meta.ms.total / 1000).toFixed(1)} s (write ${(meta.ms.write / 1000).toFixed(1)} s, vacuum ${(meta.ms.vacuum / 1000).toFixed(1)} s): ` +
      `${meta.counts.items} items, ${meta.counts.ratings} ratings, ${meta.counts.publications} publications, ${meta.counts.follow_ups} follow-ups; ${(bytes / 2 ** 20).toFixed(0)} MB`,
  );
  return { url, meta, reused: false, bytes };
}
