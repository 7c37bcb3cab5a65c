// The read cases: what the API is asked, the floor statement that answers the same, the target, and a
// check that both return the same content (so the floor is a fair comparison, not a cheaper question).
import { REGIONAL_EVALUATOR } from './datasets.mjs';
import { FOLLOW_UPS_FLOOR, FOLLOW_UPS_MINE_FLOOR, ITEMS_FLOOR, matrixFloor, SUMMARY_FLOOR } from './floor-sql.mjs';

const P95_50 = { metric: 'p95', max: 50, label: 'p95 <= 50 ms' };
const FLOOR_2X = { metric: 'ratioP50', max: 2, label: 'p50 <= 2x floor' };
/** The recomputed path is judged against the floor only: its absolute latency is what a cache hit saves. */
const MISS_TARGETS = [{ ...FLOOR_2X, sanity: true }];

/** Facts about a dataset the cases need: periods, sample agencies, reference day. */
export async function caseContext(client) {
  const periods = (
    await client.query(`SELECT id, year, state FROM period WHERE name LIKE 'Evaluasi Rencana Aksi%' ORDER BY year`)
  ).rows;
  const evaluation = periods.find((p) => p.state === 'evaluation');
  const closed = periods.filter((p) => p.state === 'closed').at(-1);
  // 64 agencies spread over the id range: national agencies and (at units scale) work units alike.
  const agencies = (
    await client.query(
      `SELECT id FROM agency WHERE id % greatest(1, (SELECT count(*) FROM agency) / 64) = 0 ORDER BY id LIMIT 64`,
    )
  ).rows.map((r) => r.id);
  const endOfYear = new Date(Date.UTC(evaluation.year, 11, 31, 23, 59, 59));
  const refDay = (Date.now() < endOfYear.getTime() ? new Date() : endOfYear).toISOString().slice(0, 10);
  return { evaluation, closed, agencies, refDay };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const num = (v) => (v === null || v === undefined ? null : Number(v));

function matrixCheck(api, floor) {
  const key = (m) => ({
    total: Number(m.total),
    rows: m.rows.map((r) => [
      r.agency.id,
      num(r.index),
      r.color,
      r.cells.map((c) => [c.pillar, num(c.score), c.color, c.red, c.yellow, c.green, c.grey]),
    ]),
  });
  return same(key(api), key(floor)) || 'rows, cells or total differ';
}

function summaryCheck(api, floor) {
  const key = (s) => ({
    agencies: Number(s.agencies),
    evaluated: s.agenciesEvaluated,
    index: num(s.index),
    pillars: s.pillars.map((p) => [p.pillar, num(p.score), p.red, p.yellow, p.green, p.grey]),
    batches: s.batches.map((b) => [b.batch, b.agencies, num(b.index)]).sort(),
    followUps: s.followUps,
  });
  const f = { ...floor, batches: floor.batches ?? [] };
  return same(key(api), key(f)) || 'summary figures differ';
}

function itemsCheck(api, floor) {
  const key = (items) =>
    items.map((i) => [
      i.id,
      i.version,
      i.rating ? String(i.rating.id) : null,
      i.publications.count,
      i.publications.lastPublishedAt,
      [...i.publications.channels].sort(),
      i.followUp?.id ?? null,
    ]);
  return same(key(api), key(floor)) || 'items, ratings, publication summaries or follow-ups differ';
}

function followUpsCheck(api, floor) {
  const key = (p) => ({ total: Number(p.total), ids: p.items.map((f) => f.id) });
  return same(key(api), key(floor)) || 'page or total differs';
}

function followUpsWithCountsCheck(api, floor) {
  const counts = (c) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Number(v)]));
  if (!same(counts(api.counts), counts(floor.counts))) return 'counts per state differ';
  return followUpsCheck(api, floor);
}

export function readCases(ctx, scale) {
  const p = ctx.evaluation.id;
  const national = scale === 'national';
  const rot = (xs) => {
    let i = 0;
    return () => xs[i++ % xs.length];
  };
  const nextAgency = rot(ctx.agencies);
  return [
    {
      key: 'matrix-all',
      name: national ? 'matrix, all rows' : 'matrix, first 1000 rows',
      paths: [`/api/periods/${p}/matrix?pageSize=1000`],
      floor: () => ({ name: 'floor-matrix-all', text: matrixFloor({ batch: null, sort: 'name' }), values: [p, 1000] }),
      check: matrixCheck,
      customPlans: true,
      targets: national
        ? [P95_50, { metric: 'rps', min: 300, label: '>= 300 rps' }, FLOOR_2X]
        : [{ ...P95_50, sanity: true }],
      missTargets: national ? [FLOOR_2X] : MISS_TARGETS,
    },
    {
      key: 'matrix-page',
      name: 'matrix page of 100 (batch timur, by -index)',
      paths: [`/api/periods/${p}/matrix?batch=timur&sort=-index&pageSize=100`],
      floor: () => ({
        name: 'floor-matrix-page',
        text: matrixFloor({ batch: 'timur', sort: '-index' }),
        values: [p, 'timur', 100],
      }),
      check: matrixCheck,
      customPlans: true,
      targets: [P95_50],
      missTargets: MISS_TARGETS,
    },
    {
      key: 'summary',
      name: 'summary (national)',
      paths: [`/api/periods/${p}/summary`],
      floor: () => ({ name: 'floor-summary', text: SUMMARY_FLOOR, values: [p] }),
      check: summaryCheck,
      targets: [P95_50],
      missTargets: MISS_TARGETS,
    },
    {
      key: 'items',
      name: "an agency's items",
      paths: ctx.agencies.map((a) => `/api/periods/${p}/agencies/${a}/items`),
      // With an index: the agency of paths[index] (for the check); without: the next agency in turn.
      floor: (i) => ({
        name: 'floor-items',
        text: ITEMS_FLOOR,
        values: [p, i === undefined ? nextAgency() : ctx.agencies[i], ctx.refDay, 90],
      }),
      check: itemsCheck,
      targets: [{ ...P95_50, sanity: true }],
      missTargets: MISS_TARGETS,
    },
    {
      key: 'follow-ups',
      name: `follow-up list (period ${ctx.closed.id}, first 50)`,
      paths: [`/api/follow-ups?periodId=${ctx.closed.id}`],
      optional: true,
      floor: () => ({ name: 'floor-follow-ups', text: FOLLOW_UPS_FLOOR, values: [ctx.closed.id] }),
      check: followUpsWithCountsCheck,
      targets: [{ ...P95_50, sanity: true }],
      missTargets: MISS_TARGETS,
    },
    {
      key: 'follow-ups-mine',
      name: `an evaluator's follow-ups (assigned=me, period ${ctx.closed.id}, first 50, with counts)`,
      paths: [`/api/follow-ups?periodId=${ctx.closed.id}&assigned=me`],
      as: REGIONAL_EVALUATOR.username,
      floor: () => ({
        name: 'floor-follow-ups-mine',
        text: FOLLOW_UPS_MINE_FLOOR,
        values: [ctx.closed.id, REGIONAL_EVALUATOR.id],
      }),
      check: followUpsWithCountsCheck,
      targets: [P95_50],
      // Issue 13: the list is fast when recomputed too (every decision changes it), not only from the cache.
      missTargets: [P95_50, FLOOR_2X],
    },
  ];
}
