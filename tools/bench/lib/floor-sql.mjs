// The floor: each read answered by PostgreSQL alone with the best single statement the schema allows,
// returning the same content as the API (built as JSON text by the server, so the client only receives it).
// These statements are prepared once per connection (named), as a tuned data layer would do.
import {
  activeFollowUpSql,
  awaitingAnswerSql,
  colorSql,
  meanScoreSql,
  overdueSql,
  RATING_POINTS,
  scoreSql,
} from './rules.mjs';

const color = (x) => colorSql(x, { green: 'per.green_threshold', yellow: 'per.yellow_threshold' });

const PERIOD_JSON = `json_build_object('id', per.id, 'name', per.name, 'year', per.year, 'state', per.state,
  'thresholds', json_build_object('green', per.green_threshold, 'yellow', per.yellow_threshold),
  'instrumentVersion', per.instrument_version, 'followUpDays', per.follow_up_days, 'followUpOnYellow', per.follow_up_on_yellow)`;

/**
 * Matrix rows for a period: agencies (optionally one batch) in the API's order, `limit` of them, each with its
 * eight cells and index, plus the total. $1 period, $2 batch (only when `batch`), last param the limit.
 */
export function matrixFloor({ batch, sort }) {
  const filter = batch ? 'a.batch_code = $2' : 'TRUE';
  const limit = batch ? '$3' : '$2';
  const cols = 'a.id, a.code, a.name, a.type, a.batch_code, a.parent_id';
  // By index: the scored agencies straight from agency_score's (period, batch, index) index, then the
  // unscored by name (agency_name_idx), instead of sorting every matching agency.
  const page =
    sort === '-index'
      ? `SELECT u.*, row_number() OVER (ORDER BY part, index_score DESC, name, id) AS n FROM (
           (SELECT ${cols}, s.index_score, 0 AS part FROM agency_score s JOIN agency a ON a.id = s.agency_id
            WHERE s.period_id = $1 AND s.batch_code = a.batch_code AND s.index_score IS NOT NULL AND ${filter}
            ORDER BY s.index_score DESC, a.name, a.id LIMIT ${limit})
           UNION ALL
           (SELECT ${cols}, NULL::numeric, 1 FROM agency a WHERE ${filter} AND NOT EXISTS (
              SELECT 1 FROM agency_score s WHERE s.period_id = $1 AND s.agency_id = a.id AND s.index_score IS NOT NULL)
            ORDER BY a.name, a.id LIMIT ${limit})) u
         ORDER BY part, index_score DESC, name, id LIMIT ${limit}`
      : `SELECT ${cols}, s.index_score, row_number() OVER (ORDER BY a.name, a.id) AS n
         FROM agency a LEFT JOIN agency_score s ON s.period_id = $1 AND s.agency_id = a.id
         WHERE ${filter} ORDER BY a.name, a.id LIMIT ${limit}`;
  return `
    WITH per AS (SELECT * FROM period WHERE id = $1),
    page AS MATERIALIZED (${page}),
    cells AS (
      SELECT page.id, json_agg(json_build_object('pillar', pl.code, 'score', c.score, 'color', ${color('c.score')},
               'red', COALESCE(c.red, 0), 'yellow', COALESCE(c.yellow, 0), 'green', COALESCE(c.green, 0), 'grey', COALESCE(c.grey, 0))
               ORDER BY pl.position) AS cells
      FROM page CROSS JOIN pillar pl CROSS JOIN per
      LEFT JOIN cell_count c ON c.period_id = $1 AND c.agency_id = page.id AND c.pillar_code = pl.code
      GROUP BY page.id)
    SELECT json_build_object(
      'period', (SELECT ${PERIOD_JSON} FROM per),
      'pillars', (SELECT json_agg(code ORDER BY position) FROM pillar),
      'total', (SELECT count(*) FROM agency a WHERE ${filter}),
      'rows', (SELECT json_agg(json_build_object(
                 'agency', json_build_object('id', page.id, 'code', page.code, 'name', page.name, 'type', page.type,
                                             'batch', page.batch_code, 'parentId', page.parent_id),
                 'index', page.index_score, 'color', ${color('page.index_score')}, 'cells', cells.cells) ORDER BY page.n)
               FROM page JOIN cells ON cells.id = page.id CROSS JOIN per)
    )::text AS body`;
}

/** The national (all agencies) summary of a period: $1 period. */
export const SUMMARY_FLOOR = `
  WITH per AS (SELECT * FROM period WHERE id = $1),
  head AS (SELECT count(*) FILTER (WHERE total > 0 AND rated = total)::int AS evaluated, ${meanScoreSql('index_score')} AS idx
           FROM agency_score WHERE period_id = $1),
  pil AS (SELECT pillar_code, sum(red)::int AS red, sum(yellow)::int AS yellow, sum(green)::int AS green, sum(grey)::int AS grey,
                 ${meanScoreSql('score')} AS score
          FROM cell_count WHERE period_id = $1 GROUP BY pillar_code),
  bat AS (SELECT n.batch_code, n.agencies, s.idx
          FROM (SELECT batch_code, count(*)::int AS agencies FROM agency GROUP BY batch_code) n
          LEFT JOIN (SELECT batch_code, ${meanScoreSql('index_score')} AS idx FROM agency_score WHERE period_id = $1 GROUP BY batch_code) s
            ON s.batch_code = n.batch_code),
  dist AS (SELECT least(floor(index_score / 10), 9)::int AS bucket, count(*)::int AS agencies
           FROM agency_score WHERE period_id = $1 AND index_score IS NOT NULL GROUP BY 1),
  fu AS (SELECT count(*) FILTER (WHERE ${awaitingAnswerSql('f.state')})::int AS open,
                count(*) FILTER (WHERE ${overdueSql('f')})::int AS overdue,
                count(*) FILTER (WHERE state = 'responded')::int AS responded,
                count(*) FILTER (WHERE state = 'accepted')::int AS accepted,
                count(*) FILTER (WHERE state = 'rejected')::int AS rejected
         FROM follow_up f WHERE period_id = $1)
  SELECT json_build_object(
    'period', (SELECT ${PERIOD_JSON} FROM per),
    'agencies', (SELECT count(*) FROM agency),
    'agenciesEvaluated', (SELECT evaluated FROM head),
    'index', (SELECT idx FROM head),
    'pillars', (SELECT json_agg(json_build_object('pillar', pl.code, 'score', pil.score, 'color', ${color('pil.score')},
                  'red', COALESCE(pil.red, 0), 'yellow', COALESCE(pil.yellow, 0), 'green', COALESCE(pil.green, 0), 'grey', COALESCE(pil.grey, 0))
                  ORDER BY pl.position)
                FROM pillar pl LEFT JOIN pil ON pil.pillar_code = pl.code CROSS JOIN per),
    'batches', (SELECT json_agg(json_build_object('batch', bat.batch_code, 'agencies', bat.agencies, 'index', bat.idx, 'color', ${color('bat.idx')}))
                FROM bat CROSS JOIN per),
    'distribution', (SELECT json_agg(json_build_object('bucket', bucket, 'agencies', agencies) ORDER BY bucket) FROM dist),
    'followUps', (SELECT row_to_json(fu) FROM fu)
  )::text AS body`;

/**
 * An agency's items in a period with the current rating, publication summary and newest follow-up.
 * $1 period, $2 agency, $3 reference day (the API's referenceDate), $4 window days.
 */
export const ITEMS_FLOOR = `
  WITH pub AS (
    SELECT p.item_id, max(p.published_at)::text AS last,
           count(*) FILTER (WHERE p.published_at > $3::date - $4::int)::int AS count,
           COALESCE(array_agg(DISTINCT p.channel) FILTER (WHERE p.published_at > $3::date - $4::int), '{}') AS channels
    FROM plan_item i JOIN publication p ON p.item_id = i.id AND p.published_at <= $3::date
    WHERE i.period_id = $1 AND i.agency_id = $2
    GROUP BY p.item_id),
  fu AS (
    SELECT DISTINCT ON (item_id) id, item_id, state, due_date::text AS "dueDate", response, evidence_url AS "evidenceUrl",
           responded_at AS "respondedAt", decision_note AS "decisionNote", decided_at AS "decidedAt"
    FROM follow_up WHERE period_id = $1 AND agency_id = $2 ORDER BY item_id, id DESC)
  SELECT COALESCE(json_agg(json_build_object(
    'id', i.id, 'planId', i.plan_id, 'agencyId', i.agency_id, 'periodId', i.period_id, 'pillar', i.pillar_code,
    'criterionId', i.criterion_id, 'workUnit', CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('id', w.id, 'name', w.name) END,
    'title', i.title, 'description', i.description, 'cadence', i.cadence, 'version', i.version,
    'rating', CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object('id', r.id::text, 'color', r.color, 'points', r.points,
                'note', r.note, 'recommendation', r.recommendation, 'version', r.version, 'createdAt', r.created_at,
                'evaluatorId', r.evaluator_id, 'evaluatorName', u.display_name) END,
    'publications', json_build_object('lastPublishedAt', pub.last, 'count', COALESCE(pub.count, 0), 'channels', COALESCE(pub.channels, '{}')),
    'followUp', CASE WHEN fu.id IS NULL THEN NULL ELSE row_to_json(fu) END
  ) ORDER BY pl.position, i.id), '[]')::text AS body
  FROM plan_item i
  JOIN pillar pl ON pl.code = i.pillar_code
  LEFT JOIN work_unit w ON w.id = i.work_unit_id
  LEFT JOIN rating r ON r.id = i.current_rating_id
  LEFT JOIN app_user u ON u.id = r.evaluator_id
  LEFT JOIN pub ON pub.item_id = i.id
  LEFT JOIN fu ON fu.item_id = i.id
  WHERE i.period_id = $1 AND i.agency_id = $2`;

/** The first page (50, soonest due first) of a period's follow-ups with the total: $1 period. */
export const FOLLOW_UPS_FLOOR = `
  WITH page AS MATERIALIZED (SELECT * FROM follow_up WHERE period_id = $1 ORDER BY due_date, id LIMIT 50)
  SELECT json_build_object(
    'total', (SELECT count(*) FROM follow_up WHERE period_id = $1),
    'counts', (SELECT json_build_object(
                 'open', count(*) FILTER (WHERE state = 'open'), 'responded', count(*) FILTER (WHERE state = 'responded'),
                 'accepted', count(*) FILTER (WHERE state = 'accepted'), 'rejected', count(*) FILTER (WHERE state = 'rejected'),
                 'overdue', count(*) FILTER (WHERE ${overdueSql('c')})) FROM follow_up c WHERE c.period_id = $1),
    'items', (SELECT COALESCE(json_agg(json_build_object(
                'id', f.id, 'itemId', f.item_id, 'agencyId', f.agency_id, 'periodId', f.period_id, 'state', f.state,
                'dueDate', f.due_date::text, 'overdue', ${overdueSql('f')},
                'response', f.response, 'evidenceUrl', f.evidence_url, 'respondedAt', f.responded_at,
                'decisionNote', f.decision_note, 'decidedAt', f.decided_at, 'itemTitle', i.title, 'pillar', i.pillar_code,
                'agencyName', a.name, 'ratingColor', r.color, 'ratingNote', r.note) ORDER BY f.due_date, f.id), '[]')
              FROM page f JOIN plan_item i ON i.id = f.item_id JOIN agency a ON a.id = f.agency_id
              LEFT JOIN rating r ON r.id = i.current_rating_id)
  )::text AS body`;

/** The follow-ups of one evaluator's assigned agencies: first page by due date, total and counts per state. */
export const FOLLOW_UPS_MINE_FLOOR = `
  WITH mine AS MATERIALIZED (
    SELECT f.* FROM follow_up f
    WHERE f.period_id = $1
      AND EXISTS (SELECT 1 FROM evaluator_assignment ea
                  WHERE ea.period_id = f.period_id AND ea.agency_id = f.agency_id AND ea.evaluator_id = $2)),
  page AS MATERIALIZED (SELECT * FROM mine ORDER BY due_date, id LIMIT 50)
  SELECT json_build_object(
    'total', (SELECT count(*) FROM mine),
    'counts', (SELECT json_build_object(
                 'open', count(*) FILTER (WHERE state = 'open'), 'responded', count(*) FILTER (WHERE state = 'responded'),
                 'accepted', count(*) FILTER (WHERE state = 'accepted'), 'rejected', count(*) FILTER (WHERE state = 'rejected'),
                 'overdue', count(*) FILTER (WHERE ${overdueSql('mine')})) FROM mine),
    'items', (SELECT COALESCE(json_agg(json_build_object(
                'id', f.id, 'itemId', f.item_id, 'agencyId', f.agency_id, 'periodId', f.period_id, 'state', f.state,
                'dueDate', f.due_date::text, 'overdue', ${overdueSql('f')},
                'response', f.response, 'evidenceUrl', f.evidence_url, 'respondedAt', f.responded_at,
                'decisionNote', f.decision_note, 'decidedAt', f.decided_at, 'itemTitle', i.title, 'pillar', i.pillar_code,
                'agencyName', a.name, 'ratingColor', r.color, 'ratingNote', r.note) ORDER BY f.due_date, f.id), '[]')
              FROM page f JOIN plan_item i ON i.id = f.item_id JOIN agency a ON a.id = f.agency_id
              LEFT JOIN rating r ON r.id = i.current_rating_id)
  )::text AS body`;

const lit = (v) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);
const SCORE = (red, yellow, green) => scoreSql({ red, yellow, green });

/**
 * One rating with everything the API's transaction does (checks, rating row, item version, cell and agency
 * counts, audit event) in a single round trip: a multi-statement simple query. The agency's score row is
 * locked first so concurrent ratings of one agency serialise and every statement reads committed counts.
 */
export function ratingFloor({ itemId, periodId, agencyId, version, color, evaluatorId }) {
  const points = RATING_POINTS[color];
  // +1 for the new colour, -1 for the item's current one (grey when unrated).
  const delta = (c, old) =>
    `(CASE WHEN ${lit(color)} = '${c}' THEN 1 ELSE 0 END - CASE WHEN ${old} = '${c}' THEN 1 ELSE 0 END)`;
  const d = (c) => delta(c, `COALESCE(it.old, 'grey')`);
  // In DO UPDATE only the conflicting row and EXCLUDED are in scope: the old colour comes from a sub-select.
  const dx = (c) => delta(c, `(SELECT COALESCE(old, 'grey') FROM it)`);
  return `BEGIN;
SELECT 1 FROM agency_score WHERE period_id = ${periodId} AND agency_id = ${agencyId} FOR UPDATE;
WITH it AS (
  SELECT i.id, i.period_id, i.agency_id, i.pillar_code, i.version, r.color AS old
  FROM plan_item i JOIN period p ON p.id = i.period_id LEFT JOIN rating r ON r.id = i.current_rating_id
  WHERE i.id = ${itemId} AND i.version = ${version} AND p.state = 'evaluation'
    AND EXISTS (SELECT 1 FROM evaluator_assignment ea WHERE ea.period_id = i.period_id AND ea.agency_id = i.agency_id AND ea.evaluator_id = ${evaluatorId})
    AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.period_id = i.period_id AND f.agency_id = i.agency_id AND f.item_id = i.id
                    AND ${activeFollowUpSql('f.state')})
  FOR UPDATE OF i),
ins AS (
  INSERT INTO rating (item_id, color, points, note, evaluator_id, version)
  SELECT id, ${lit(color)}, ${points}, 'bench floor', ${evaluatorId}, version + 1 FROM it RETURNING id, item_id, version),
upd AS (UPDATE plan_item i SET version = ins.version, current_rating_id = ins.id, updated_at = now() FROM ins WHERE i.id = ins.item_id RETURNING i.id),
cell AS (
  -- The proposed row is checked against cell_count_nonnegative_check before the conflict is detected,
  -- so it carries the delta clamped at zero; the update applies the real delta.
  INSERT INTO cell_count AS c (period_id, agency_id, pillar_code, red, yellow, green, grey, score)
  SELECT it.period_id, it.agency_id, it.pillar_code, greatest(${d('red')}, 0), greatest(${d('yellow')}, 0),
         greatest(${d('green')}, 0), greatest(${d('grey')}, 0), NULL
  FROM it JOIN ins ON ins.item_id = it.id
  ON CONFLICT (period_id, agency_id, pillar_code) DO UPDATE SET
    red = c.red + ${dx('red')}, yellow = c.yellow + ${dx('yellow')}, green = c.green + ${dx('green')}, grey = c.grey + ${dx('grey')},
    score = ${SCORE(`c.red + ${dx('red')}`, `c.yellow + ${dx('yellow')}`, `c.green + ${dx('green')}`)}
  RETURNING c.period_id, c.agency_id, c.pillar_code, c.red, c.yellow, c.green, c.grey, c.score),
cells AS (
  SELECT score, red, yellow, green, grey FROM cell
  UNION ALL
  SELECT c.score, c.red, c.yellow, c.green, c.grey FROM cell_count c, cell n
  WHERE c.period_id = n.period_id AND c.agency_id = n.agency_id AND c.pillar_code <> n.pillar_code),
sc AS (
  UPDATE agency_score s SET index_score = x.idx, rated = x.rated, total = x.total
  FROM (SELECT ${meanScoreSql('score')} AS idx, sum(red + yellow + green)::int AS rated, sum(red + yellow + green + grey)::int AS total
        FROM cells HAVING count(*) > 0) x
  WHERE s.period_id = ${periodId} AND s.agency_id = ${agencyId} RETURNING 1),
aud AS (
  INSERT INTO audit_event (user_id, username, action, entity_type, entity_id, agency_id, before, after)
  SELECT ${evaluatorId}, 'evaluator', 'rating.created', 'item', it.id::text, it.agency_id,
         json_build_object('color', it.old, 'version', it.version), json_build_object('color', ${lit(color)}, 'version', ins.version, 'ratingId', ins.id)
  FROM it JOIN ins ON ins.item_id = it.id RETURNING 1)
SELECT (SELECT count(*) FROM ins) AS rated, (SELECT count(*) FROM upd) AS items, (SELECT count(*) FROM sc) AS scores, (SELECT count(*) FROM aud) AS audits;
COMMIT;`;
}
