// EXPLAIN (ANALYZE, BUFFERS) of the API's hot statements, written as the services build them (with the
// values inlined, as the API's unnamed statements are planned for their actual values), and of the floor.
// Candidate indexes are tried inside a transaction that is rolled back, so the dataset is left unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOLLOW_UPS_FLOOR, ITEMS_FLOOR, matrixFloor, SUMMARY_FLOOR } from './floor-sql.mjs';
import { withClient } from './postgres.mjs';
import { activeFollowUpSql, awaitingAnswerSql, meanScoreSql } from './rules.mjs';

const AGENCY_COLS = `a.id, a.code, a.name, a.type, a.batch_code AS batch, a.parent_id AS "parentId"`;

/** Substitutes $n with literals, for statements that are explained with their values. */
const inline = (sql, values) =>
  sql.replace(/\$(\d+)/g, (_, i) => {
    const v = values[Number(i) - 1];
    if (v === null) return 'NULL';
    if (Array.isArray(v)) return `'{${v.join(',')}}'`;
    return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
  });

export function hotStatements(facts) {
  const p = facts.evaluation.id;
  const agency = facts.agencies[0];
  const ag = `SELECT a.id, a.batch_code FROM agency a WHERE (NULL::text IS NULL OR a.batch_code = NULL) AND TRUE`;
  return [
    {
      title: 'API matrix rows, all agencies (pageSize=1000, sort name; agency_name_idx)',
      sql: `SELECT ${AGENCY_COLS}, s.index_score FROM agency a
            LEFT JOIN agency_score s ON s.period_id = ${p} AND s.agency_id = a.id WHERE TRUE ORDER BY a.name ASC, a.id LIMIT 1000 OFFSET 0`,
    },
    {
      title: 'API matrix total (run beside the rows)',
      sql: `SELECT count(*)::int AS total FROM agency a WHERE ${p}::int IS NOT NULL AND TRUE AND a.batch_code = 'timur'`,
    },
    {
      title: 'API matrix rows, page of 100 (batch timur, sort -index): scored through the index, then unscored',
      sql: `SELECT * FROM (
              (SELECT ${AGENCY_COLS}, s.index_score, 0 AS part FROM agency_score s JOIN agency a ON a.id = s.agency_id
               WHERE s.period_id = ${p} AND s.batch_code = a.batch_code AND s.index_score IS NOT NULL AND TRUE AND a.batch_code = 'timur'
               ORDER BY s.index_score DESC, a.name, a.id LIMIT 100)
              UNION ALL
              (SELECT ${AGENCY_COLS}, NULL, 1 FROM agency a
               WHERE TRUE AND a.batch_code = 'timur' AND NOT EXISTS (
                 SELECT 1 FROM agency_score s WHERE s.period_id = ${p} AND s.agency_id = a.id AND s.index_score IS NOT NULL)
               ORDER BY a.name, a.id LIMIT 100)
            ) matching ORDER BY part, index_score DESC, name, id LIMIT 100 OFFSET 0`,
    },
    {
      title: 'API matrix cells for 1000 agencies',
      sql: `SELECT agency_id, pillar_code, red, yellow, green, grey, score FROM cell_count
            WHERE period_id = ${p} AND agency_id = ANY((SELECT array_agg(id) FROM (SELECT id FROM agency ORDER BY name, id LIMIT 1000) x)::int[])`,
    },
    {
      title: 'API summary: head',
      sql: `WITH ag AS (${ag}) SELECT count(*)::int AS agencies, count(*) FILTER (WHERE s.total > 0 AND s.rated = s.total)::int AS evaluated,
            ${meanScoreSql('s.index_score')} AS index FROM ag LEFT JOIN agency_score s ON s.period_id = ${p} AND s.agency_id = ag.id`,
    },
    {
      title: 'API summary: pillars',
      sql: `WITH ag AS (${ag}) SELECT c.pillar_code, sum(c.red)::int AS red, sum(c.yellow)::int AS yellow, sum(c.green)::int AS green,
            sum(c.grey)::int AS grey, ${meanScoreSql('c.score')} AS score FROM ag JOIN cell_count c ON c.period_id = ${p} AND c.agency_id = ag.id GROUP BY c.pillar_code`,
    },
    {
      title: 'API summary: follow-ups',
      sql: `WITH ag AS (${ag}) SELECT count(*) FILTER (WHERE ${awaitingAnswerSql('f.state')})::int AS open FROM ag JOIN follow_up f ON f.period_id = ${facts.closed.id} AND f.agency_id = ag.id`,
    },
    {
      title: 'API items: item rows of one agency',
      sql: `SELECT i.id, i.title, r.color, u.display_name FROM plan_item i JOIN period p ON p.id = i.period_id JOIN pillar pl ON pl.code = i.pillar_code
            LEFT JOIN work_unit w ON w.id = i.work_unit_id LEFT JOIN rating r ON r.id = i.current_rating_id LEFT JOIN app_user u ON u.id = r.evaluator_id
            WHERE i.period_id = ${p} AND i.agency_id = ${agency} AND (NULL::text IS NULL OR i.pillar_code = NULL) ORDER BY pl.position, i.id`,
    },
    {
      title: 'API items: publication summaries',
      sql: `SELECT i.id, i.cadence, max(p.published_at)::text AS last, count(p.id) FILTER (WHERE p.published_at > '${facts.refDay}'::date - 90)::int AS count
            FROM plan_item i LEFT JOIN publication p ON p.item_id = i.id AND p.published_at <= '${facts.refDay}'::date
            WHERE i.id = ANY((SELECT array_agg(id) FROM plan_item WHERE period_id = ${p} AND agency_id = ${agency})::int[]) GROUP BY i.id`,
    },
    {
      title: "API items: follow-ups of the agency's items (by item_id)",
      sql: `SELECT DISTINCT ON (item_id) id, item_id, state FROM follow_up
            WHERE item_id = ANY((SELECT array_agg(id) FROM plan_item WHERE period_id = ${facts.closed.id} AND agency_id = ${agency})::int[]) ORDER BY item_id, id DESC`,
    },
    {
      title: 'API follow-up list: page',
      sql: `SELECT f.id, i.title, a.name, r.color FROM follow_up f JOIN plan_item i ON i.id = f.item_id JOIN agency a ON a.id = f.agency_id
            JOIN period p ON p.id = f.period_id LEFT JOIN rating r ON r.id = i.current_rating_id
            WHERE (${facts.closed.id}::int IS NULL OR f.period_id = ${facts.closed.id}) AND (NULL::int IS NULL OR f.agency_id = NULL)
              AND (NULL::text IS NULL OR f.state = NULL) AND TRUE AND TRUE ORDER BY f.due_date, f.id LIMIT 50 OFFSET 0`,
    },
    {
      title: 'API follow-up list: total',
      sql: `SELECT count(*)::int AS total FROM follow_up f JOIN agency a ON a.id = f.agency_id
            WHERE (${facts.closed.id}::int IS NULL OR f.period_id = ${facts.closed.id}) AND (NULL::int IS NULL OR f.agency_id = NULL)
              AND (NULL::text IS NULL OR f.state = NULL) AND TRUE AND TRUE`,
    },
    {
      title: 'API rating write: context (item locked, assignment, open follow-up)',
      write: true,
      sql: `SELECT x.* FROM (
              SELECT i.id, i.version, r.color, p.state, a.batch_code,
                     EXISTS (SELECT 1 FROM evaluator_assignment e WHERE e.period_id = i.period_id AND e.agency_id = i.agency_id AND e.evaluator_id = 2) AS assigned,
                     EXISTS (SELECT 1 FROM follow_up f WHERE f.item_id = i.id AND ${activeFollowUpSql('f.state')}) AS open
              FROM plan_item i JOIN period p ON p.id = i.period_id JOIN agency a ON a.id = i.agency_id
              LEFT JOIN rating r ON r.id = i.current_rating_id
              WHERE i.id = (SELECT min(id) FROM plan_item WHERE period_id = ${p} AND agency_id = ${agency}) FOR UPDATE OF i) x`,
    },
    {
      title: 'API rating write: cell counts and agency index in one statement',
      write: true,
      sql: `WITH cell AS (
              UPDATE cell_count AS c SET grey = c.grey + 0
              WHERE period_id = ${p} AND agency_id = ${agency} AND pillar_code = 'adaptif' RETURNING red, yellow, green, grey, score),
            cells AS (
              SELECT red, yellow, green, grey, score FROM cell_count WHERE period_id = ${p} AND agency_id = ${agency} AND pillar_code <> 'adaptif'
              UNION ALL SELECT red, yellow, green, grey, score FROM cell),
            agency_index AS (
              INSERT INTO agency_score AS s (period_id, agency_id, batch_code, index_score, rated, total)
              SELECT ${p}, ${agency}, (SELECT batch_code FROM agency WHERE id = ${agency}), ${meanScoreSql('score')},
                     COALESCE(sum(red + yellow + green), 0), COALESCE(sum(red + yellow + green + grey), 0)
              FROM cells HAVING EXISTS (SELECT 1 FROM cell)
              ON CONFLICT (period_id, agency_id) DO UPDATE SET batch_code = EXCLUDED.batch_code, index_score = EXCLUDED.index_score,
                rated = EXCLUDED.rated, total = EXCLUDED.total
              RETURNING 1)
            SELECT (SELECT count(*) FROM cell)::int AS shifted, (SELECT count(*) FROM agency_index)::int AS indexed`,
    },
    { title: 'floor: matrix, all rows', sql: inline(matrixFloor({ batch: null, sort: 'name' }), [p, 1000]) },
    {
      title: 'floor: matrix page of 100',
      sql: inline(matrixFloor({ batch: 'timur', sort: '-index' }), [p, 'timur', 100]),
    },
    { title: 'floor: summary', sql: inline(SUMMARY_FLOOR, [p]) },
    { title: 'floor: items', sql: inline(ITEMS_FLOOR, [p, agency, facts.refDay, 90]) },
    { title: 'floor: follow-up list', sql: inline(FOLLOW_UPS_FLOOR, [facts.closed.id]) },
  ];
}

/**
 * Indexes and rewrites worth having, each tried (index created and rolled back) with the statements it is for.
 * `ddl` may be null: a rewrite that the existing indexes already serve.
 */
export function candidates(_facts) {
  // None open: the last ones (follow-up indexes, agency_name_idx, the matrix page by index) are applied.
  // An entry is { ddl, statements: [{ title, sql }] }, or { ddl: null, title, statements } for a rewrite.
  return [];
}

async function explain(c, stmt) {
  await c.query('BEGIN');
  try {
    const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${stmt.sql}`);
    return r.rows.map((x) => x['QUERY PLAN']).join('\n');
  } finally {
    await c.query('ROLLBACK');
  }
}

export async function writeExplain({ url, scale, facts, root }) {
  const parts = [`# EXPLAIN (ANALYZE, BUFFERS) at ${scale} scale, ${new Date().toISOString()}`, ''];
  await withClient(url, async (c) => {
    const sizes =
      await c.query(`SELECT relname, n_live_tup::bigint AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS size
      FROM pg_stat_user_tables WHERE relname IN ('agency', 'plan_item', 'rating', 'publication', 'follow_up', 'cell_count', 'agency_score') ORDER BY relname`);
    parts.push('## Tables', ...sizes.rows.map((r) => `- ${r.relname}: ${r.rows} rows, ${r.size}`), '');
    // Scans per index since the dataset was created (generation, earlier runs and this one): an index that no
    // read uses but every rating updates is pure write cost.
    const usage =
      await c.query(`SELECT relname, indexrelname, idx_scan::bigint AS scans, pg_size_pretty(pg_relation_size(indexrelid)) AS size
      FROM pg_stat_user_indexes WHERE relname IN ('agency_score', 'cell_count', 'plan_item', 'follow_up', 'rating') ORDER BY relname, indexrelname`);
    parts.push(
      '## Index usage (pg_stat_user_indexes.idx_scan)',
      ...usage.rows.map((r) => `- ${r.relname}.${r.indexrelname}: ${r.scans} scans, ${r.size}`),
      '',
    );
    for (const s of hotStatements(facts)) {
      await explain(c, s); // warm the cache: the benchmark measures a warm server
      parts.push(`## ${s.title}`, '```', await explain(c, s), '```', '');
    }
    for (const cand of candidates(facts)) {
      parts.push(`## Candidate: ${cand.ddl ?? cand.title}`);
      for (const s of cand.statements) {
        await c.query('BEGIN');
        try {
          if (cand.ddl) {
            await c.query(cand.ddl);
            await c.query(`ANALYZE ${/ON (\w+)/.exec(cand.ddl)[1]}`);
          }
          await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`);
          const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`);
          parts.push(
            `### ${s.title}${cand.ddl ? ', with the index' : ''}`,
            '```',
            r.rows.map((x) => x['QUERY PLAN']).join('\n'),
            '```',
            '',
          );
        } finally {
          await c.query('ROLLBACK');
        }
      }
    }
  });
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `explain-${scale}.md`);
  writeFileSync(file, parts.join('\n'));
  return file;
}
