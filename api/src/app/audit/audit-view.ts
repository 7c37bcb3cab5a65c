/**
 * Columns of AuditEventView over a set of events `e` (a page, or a cursor's batch): the agency and period by
 * name, the item the event concerns while it exists, and what it concerns in words.
 */
export const AUDIT_VIEW_COLUMNS = `
  e.id::text AS id, e.at, e.user_id AS "userId", e.username, e.action, e.entity_type AS "entityType",
  e.entity_id AS "entityId", e.agency_id AS "agencyId", a.name AS "agencyName", e.period_id AS "periodId",
  p.name AS "periodName", i.id AS "itemId",
  CASE e.entity_type
    WHEN 'item' THEN COALESCE(i.title, e.before->>'title', e.after->>'title')
    WHEN 'publication' THEN i.title
    WHEN 'follow-up' THEN i.title
    WHEN 'user' THEN COALESCE(u.username, e.after->>'username', e.before->>'username',
                              CASE WHEN e.entity_id IS NULL THEN e.username END)
    WHEN 'period' THEN p.name
    WHEN 'agency' THEN a.name
    WHEN 'plan' THEN a.name
    WHEN 'import' THEN e.after->>'file'
    WHEN 'job' THEN e.entity_id
  END AS subject,
  e.before, e.after, e.request_id AS "requestId"`;

/** Joins for AUDIT_VIEW_COLUMNS. Entity ids are text: only a number is compared with a table's id. */
export const AUDIT_VIEW_JOINS = `
  CROSS JOIN LATERAL (SELECT CASE WHEN e.entity_id ~ '^[0-9]{1,18}$' THEN e.entity_id::bigint END AS n) ref
  LEFT JOIN agency a ON a.id = e.agency_id
  LEFT JOIN period p ON p.id = e.period_id
  LEFT JOIN publication pub ON e.entity_type = 'publication' AND pub.id = ref.n
  LEFT JOIN follow_up f ON e.entity_type = 'follow-up' AND f.id = ref.n
  LEFT JOIN plan_item i ON i.id = CASE e.entity_type
    WHEN 'item' THEN ref.n WHEN 'publication' THEN pub.item_id WHEN 'follow-up' THEN f.item_id END
  LEFT JOIN app_user u ON e.entity_type = 'user' AND u.id = ref.n`;

/** Newest first; the id breaks ties between events of one transaction. */
export const AUDIT_ORDER = 'e.at DESC, e.id DESC';
