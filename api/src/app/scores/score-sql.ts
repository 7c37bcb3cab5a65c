import { MAX_POINTS_PER_ITEM, RATING_COLORS, RATING_POINTS, THRESHOLD_COLORS } from '@pantau/domain';
import type { ColorCounts, RatingColor, Thresholds } from '@pantau/domain';

/** Anything that runs SQL: a TypeORM EntityManager/QueryRunner or a pg client wrapper. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

/**
 * pillarScore (libs/domain) as SQL over a row's own counts, built from the same points per colour; PostgreSQL's
 * round(numeric, 1) rounds as pillarScore does. score-sql.e2e-spec.ts compares the two on many inputs.
 */
export function scoreSql(count: Readonly<Record<RatingColor, string>>): string {
  const rated = RATING_COLORS.map((c) => `(${count[c]})`).join(' + ');
  const points = RATING_COLORS.filter((c) => RATING_POINTS[c] !== 0)
    .map((c) => `${RATING_POINTS[c]} * (${count[c]})`)
    .join(' + ');
  return `CASE WHEN ${rated} > 0 THEN round((${points || '0'}) * 100.0 / (${MAX_POINTS_PER_ITEM} * (${rated})), 1) END`;
}

const SCORE_OF = (red: string, yellow: string, green: string) => scoreSql({ red, yellow, green });

/** agencyIndex and aggregateIndex (libs/domain) as SQL: the mean of the scores that exist, to one decimal. */
export function meanScoreSql(score: string): string {
  return `round(avg(${score}), 1)`;
}

/** colorForScore (libs/domain) as SQL; `t` names the thresholds' SQL expressions (e.g. a period's columns). */
export function colorSql(score: string, t: Readonly<Record<keyof Thresholds, string>>): string {
  const reached = THRESHOLD_COLORS.map((c) => `WHEN ${score} >= ${t[c]} THEN '${c}'`).join(' ');
  return `CASE WHEN ${score} IS NULL THEN 'grey' ${reached} ELSE 'red' END`;
}

/**
 * The per-agency lock every writer of an agency's cells and index takes (after any row locks, released at
 * commit): the index is computed from all the agency's cells, and two concurrent writers would each miss
 * the other's cell. As SQL, for statements that take it along with other work.
 */
export const AGENCY_SCORE_LOCK = (periodId: string, agencyId: string) =>
  `pg_advisory_xact_lock((${periodId})::int, (${agencyId})::int)`;

/** Shifts one matrix cell's counts by a delta, in the caller's transaction. */
export async function applyCellDelta(
  db: Queryable,
  periodId: number,
  agencyId: number,
  pillar: string,
  d: ColorCounts,
): Promise<void> {
  await db.query(`SELECT ${AGENCY_SCORE_LOCK('$1', '$2')}`, [periodId, agencyId]);
  await shiftLockedCell(db, periodId, agencyId, pillar, d);
}

/**
 * The cell's counts and score, then the agency's index from its other cells (read after the lock was taken, so
 * every earlier writer's cells are visible) and this cell's new values: CTEs named `cell`, `cells` and
 * `agency_index`, for one statement. Parameters from `$first`, in the order of cellShiftParams.
 */
export function cellShiftCtes(first: number): string {
  const [period, agency, pillar, red, yellow, green, grey] = [0, 1, 2, 3, 4, 5, 6].map((i) => `$${first + i}`);
  return `cell AS (
    UPDATE cell_count AS c SET
      red = c.red + ${red}, yellow = c.yellow + ${yellow}, green = c.green + ${green}, grey = c.grey + ${grey},
      score = ${SCORE_OF(`c.red + ${red}`, `c.yellow + ${yellow}`, `c.green + ${green}`)}
    WHERE period_id = ${period} AND agency_id = ${agency} AND pillar_code = ${pillar}
    RETURNING red, yellow, green, grey, score),
  cells AS (
    SELECT red, yellow, green, grey, score FROM cell_count
    WHERE period_id = ${period} AND agency_id = ${agency} AND pillar_code <> ${pillar}
    UNION ALL
    SELECT red, yellow, green, grey, score FROM cell),
  agency_index AS (
    INSERT INTO agency_score AS s (period_id, agency_id, batch_code, index_score, rated, total)
    SELECT ${period}, ${agency}, (SELECT batch_code FROM agency WHERE id = ${agency}), ${meanScoreSql('score')},
           COALESCE(sum(red + yellow + green), 0), COALESCE(sum(red + yellow + green + grey), 0)
    FROM cells HAVING EXISTS (SELECT 1 FROM cell)
    ON CONFLICT (period_id, agency_id) DO UPDATE SET
      batch_code = EXCLUDED.batch_code, index_score = EXCLUDED.index_score,
      rated = EXCLUDED.rated, total = EXCLUDED.total
    RETURNING 1)`;
}

export function cellShiftParams(periodId: number, agencyId: number, pillar: string, d: ColorCounts): unknown[] {
  return [periodId, agencyId, pillar, d.red, d.yellow, d.green, d.grey];
}

/** applyCellDelta for a caller that already holds AGENCY_SCORE_LOCK of this period and agency. */
async function shiftLockedCell(
  db: Queryable,
  periodId: number,
  agencyId: number,
  pillar: string,
  d: ColorCounts,
): Promise<void> {
  const [{ shifted }] = await db.query(
    `WITH ${cellShiftCtes(1)} SELECT (SELECT count(*) FROM cell)::int AS shifted`,
    cellShiftParams(periodId, agencyId, pillar, d),
  );
  if (shifted === 0) await insertFirstCell(db, periodId, agencyId, pillar, d);
}

/**
 * When cellShiftCtes found no cell: the agency's first item in this pillar. The UPDATE comes first because
 * PostgreSQL checks an INSERT's CHECK constraints before ON CONFLICT applies, so a negative delta must never
 * travel through an upsert's VALUES.
 */
export async function insertFirstCell(
  db: Queryable,
  periodId: number,
  agencyId: number,
  pillar: string,
  d: ColorCounts,
): Promise<void> {
  await db.query(
    `INSERT INTO cell_count AS c (period_id, agency_id, pillar_code, red, yellow, green, grey, score)
     VALUES ($1, $2, $3, $4, $5, $6, $7, ${SCORE_OF('$4::int', '$5::int', '$6::int')})
     ON CONFLICT (period_id, agency_id, pillar_code) DO UPDATE SET
       red = c.red + $4, yellow = c.yellow + $5, green = c.green + $6, grey = c.grey + $7,
       score = ${SCORE_OF('c.red + $4', 'c.yellow + $5', 'c.green + $6')}`,
    cellShiftParams(periodId, agencyId, pillar, d),
  );
  await refreshAgencyScore(db, periodId, agencyId);
}

/** Recomputes one agency's index from its (at most eight) cells. */
export async function refreshAgencyScore(db: Queryable, periodId: number, agencyId: number): Promise<void> {
  await db.query(
    `INSERT INTO agency_score AS s (period_id, agency_id, batch_code, index_score, rated, total)
     SELECT $1, $2, a.batch_code,
            (SELECT ${meanScoreSql('score')} FROM cell_count WHERE period_id = $1 AND agency_id = $2),
            COALESCE((SELECT sum(red + yellow + green) FROM cell_count WHERE period_id = $1 AND agency_id = $2), 0),
            COALESCE((SELECT sum(red + yellow + green + grey) FROM cell_count WHERE period_id = $1 AND agency_id = $2), 0)
     FROM agency a WHERE a.id = $2
     ON CONFLICT (period_id, agency_id) DO UPDATE SET
       batch_code = EXCLUDED.batch_code, index_score = EXCLUDED.index_score,
       rated = EXCLUDED.rated, total = EXCLUDED.total`,
    [periodId, agencyId],
  );
}

// Rated and unrated items are counted apart: a LEFT JOIN on current_rating_id would hash every unrated item
// under one NULL key, which some PostgreSQL versions cannot split (it exhausted memory at 20,000 agencies).
const RECOMPUTED_CELLS = `
  SELECT period_id, agency_id, pillar_code, sum(red)::int AS red, sum(yellow)::int AS yellow,
         sum(green)::int AS green, sum(grey)::int AS grey
  FROM (
    SELECT i.period_id, i.agency_id, i.pillar_code, (r.color = 'red')::int AS red,
           (r.color = 'yellow')::int AS yellow, (r.color = 'green')::int AS green, 0 AS grey
    FROM plan_item i JOIN rating r ON r.id = i.current_rating_id
    WHERE ($1::int IS NULL OR i.period_id = $1)
    UNION ALL
    SELECT period_id, agency_id, pillar_code, 0, 0, 0, 1
    FROM plan_item WHERE current_rating_id IS NULL AND ($1::int IS NULL OR period_id = $1)
  ) x
  GROUP BY period_id, agency_id, pillar_code`;

/** Rebuilds every maintained count from the items and their current ratings (seed, import, repair). */
export async function recomputeAll(db: Queryable, periodId: number | null = null): Promise<void> {
  await db.query(`DELETE FROM cell_count WHERE ($1::int IS NULL OR period_id = $1)`, [periodId]);
  await db.query(
    `INSERT INTO cell_count (period_id, agency_id, pillar_code, red, yellow, green, grey, score)
     SELECT period_id, agency_id, pillar_code, red, yellow, green, grey, ${SCORE_OF('red', 'yellow', 'green')}
     FROM (${RECOMPUTED_CELLS}) x`,
    [periodId],
  );
  await db.query(`DELETE FROM agency_score WHERE ($1::int IS NULL OR period_id = $1)`, [periodId]);
  await db.query(
    `INSERT INTO agency_score (period_id, agency_id, batch_code, index_score, rated, total)
     SELECT c.period_id, c.agency_id, a.batch_code, ${meanScoreSql('c.score')},
            sum(c.red + c.yellow + c.green), sum(c.red + c.yellow + c.green + c.grey)
     FROM cell_count c JOIN agency a ON a.id = c.agency_id
     WHERE ($1::int IS NULL OR c.period_id = $1)
     GROUP BY c.period_id, c.agency_id, a.batch_code`,
    [periodId],
  );
}

export interface CellDrift {
  periodId: number;
  agencyId: number;
  pillar: string;
  maintained: ColorCounts & { score: number | null };
  recomputed: ColorCounts & { score: number | null };
}

/** Compares every maintained cell and agency index with a full recomputation; empty means no drift. */
export async function findDrift(db: Queryable): Promise<{ cells: CellDrift[]; agencies: number }> {
  const rows: Array<Record<string, any>> = await db.query(
    `WITH fresh AS (${RECOMPUTED_CELLS})
     SELECT COALESCE(f.period_id, c.period_id) AS period_id, COALESCE(f.agency_id, c.agency_id) AS agency_id,
            COALESCE(f.pillar_code, c.pillar_code) AS pillar,
            c.red AS m_red, c.yellow AS m_yellow, c.green AS m_green, c.grey AS m_grey, c.score AS m_score,
            f.red AS f_red, f.yellow AS f_yellow, f.green AS f_green, f.grey AS f_grey,
            ${SCORE_OF('f.red', 'f.yellow', 'f.green')} AS f_score
     FROM fresh f FULL JOIN cell_count c
       ON c.period_id = f.period_id AND c.agency_id = f.agency_id AND c.pillar_code = f.pillar_code
     WHERE c.period_id IS NULL OR f.period_id IS NULL
        OR (c.red, c.yellow, c.green, c.grey) IS DISTINCT FROM (f.red, f.yellow, f.green, f.grey)
        OR c.score IS DISTINCT FROM ${SCORE_OF('f.red', 'f.yellow', 'f.green')}
     ORDER BY 1, 2, 3`,
    [null],
  );
  const agencyRows: Array<{ n: number }> = await db.query(
    `SELECT count(*)::int AS n FROM agency_score s
     FULL JOIN (SELECT period_id, agency_id, ${meanScoreSql('score')} AS idx, sum(red + yellow + green)::int AS rated
                FROM cell_count GROUP BY period_id, agency_id) x
       ON x.period_id = s.period_id AND x.agency_id = s.agency_id
     WHERE s.period_id IS NULL OR x.period_id IS NULL
        OR s.index_score IS DISTINCT FROM x.idx OR s.rated <> x.rated`,
  );
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const counts = (r: Record<string, any>, p: string) => ({
    red: r[`${p}_red`] ?? 0,
    yellow: r[`${p}_yellow`] ?? 0,
    green: r[`${p}_green`] ?? 0,
    grey: r[`${p}_grey`] ?? 0,
    score: num(r[`${p}_score`]),
  });
  return {
    cells: rows.map((r) => ({
      periodId: r['period_id'],
      agencyId: r['agency_id'],
      pillar: r['pillar'],
      maintained: counts(r, 'm'),
      recomputed: counts(r, 'f'),
    })),
    agencies: agencyRows[0]?.n ?? 0,
  };
}
