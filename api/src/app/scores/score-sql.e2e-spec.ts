import {
  agencyIndex,
  colorForScore,
  DEFAULT_FOLLOW_UP_DAYS,
  DEFAULT_THRESHOLDS,
  pillarScore,
  RATING_COLORS,
  RATING_POINTS,
} from '@pantau/domain';
import type { Thresholds } from '@pantau/domain';
import { openTestDatabase } from '../../testing/test-database';
import { colorSql, meanScoreSql, scoreSql } from './score-sql';

/** A repeatable sequence of whole numbers below `n` (Park–Miller: the same inputs on every run). */
function sequence(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 48_271) % 2_147_483_647;
    return s % n;
  };
}

describe('the score rules in SQL agree with libs/domain', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  const rows = async (sql: string, params: unknown[] = []) => (await db.client.query(sql, params)).rows;
  const num = (v: string | null) => (v === null ? null : Number(v));

  beforeAll(async () => (db = await openTestDatabase()));
  afterAll(() => db.close());

  it('scores every pillar of up to 30 items per colour, and large ones, as pillarScore does', async () => {
    const next = sequence(7);
    const large = Array.from({ length: 2000 }, () => [next(5000), next(5000), next(5000)]);
    const found = await rows(
      `SELECT r, y, g, ${scoreSql({ red: 'r', yellow: 'y', green: 'g' })}::text AS score
       FROM (SELECT r, y, g FROM generate_series(0, 30) r, generate_series(0, 30) y, generate_series(0, 30) g
             UNION ALL SELECT * FROM unnest($1::int[], $2::int[], $3::int[])) x (r, y, g)`,
      [0, 1, 2].map((i) => large.map((c) => c[i])),
    );
    expect(found).toHaveLength(31 ** 3 + large.length);
    const differ = found.filter((x) => num(x.score) !== pillarScore({ red: x.r, yellow: x.y, green: x.g, grey: 0 }));
    expect(differ).toEqual([]);
  });

  it('averages pillar scores into an agency index as agencyIndex does', async () => {
    const next = sequence(11);
    const agencies = Array.from({ length: 3000 }, () =>
      Array.from({ length: 1 + next(8) }, () => (next(5) === 0 ? null : next(1001) / 10)),
    );
    const keys = agencies.flatMap((scores, k) => scores.map(() => k));
    const found = await rows(
      `SELECT k, ${meanScoreSql('s')}::text AS idx FROM unnest($1::int[], $2::numeric[]) x (k, s) GROUP BY k ORDER BY k`,
      [keys, agencies.flat()],
    );
    expect(found.map((x) => num(x.idx))).toEqual(agencies.map(agencyIndex));
  });

  it('colours every score to a tenth under several thresholds as colorForScore does', async () => {
    const sets: Thresholds[] = [
      DEFAULT_THRESHOLDS,
      { green: 70, yellow: 40 },
      { green: 50, yellow: 50 },
      { green: 100, yellow: 0 },
    ];
    const cases = sets.flatMap((t) => [null, ...Array.from({ length: 1001 }, (_, i) => i / 10)].map((s) => ({ s, t })));
    const found = await rows(
      `SELECT ${colorSql('s', { green: 'g', yellow: 'y' })} AS color
       FROM unnest($1::numeric[], $2::smallint[], $3::smallint[]) WITH ORDINALITY x (s, g, y, n) ORDER BY n`,
      [cases.map((c) => c.s), cases.map((c) => c.t.green), cases.map((c) => c.t.yellow)],
    );
    expect(found.map((x) => x.color)).toEqual(cases.map((c) => colorForScore(c.s, c.t)));
  });

  it("holds ratings to each colour's points with the database's own CHECK", async () => {
    const [{ def }] = await rows(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'rating_points_check'`,
    );
    const cases = RATING_COLORS.flatMap((color) => [-1, 0, 1, 2, 3].map((points) => ({ color, points })));
    const found = await rows(
      `SELECT ${def.replace(/^CHECK /, '')} AS ok
       FROM unnest($1::text[], $2::int[]) WITH ORDINALITY x (color, points, n) ORDER BY n`,
      [cases.map((c) => c.color), cases.map((c) => c.points)],
    );
    expect(found.map((x) => x.ok)).toEqual(cases.map((c) => RATING_POINTS[c.color] === c.points));
  });

  it('gives a new period the default thresholds and follow-up days', async () => {
    await db.client.query('BEGIN');
    try {
      const [period] = await rows(
        `INSERT INTO period (name, year, instrument_version) SELECT 'Periode uji bawaan', 2030, version FROM instrument LIMIT 1
         RETURNING green_threshold AS green, yellow_threshold AS yellow, follow_up_days AS days`,
      );
      expect(period).toEqual({ ...DEFAULT_THRESHOLDS, days: DEFAULT_FOLLOW_UP_DAYS });
    } finally {
      await db.client.query('ROLLBACK');
    }
  });
});
