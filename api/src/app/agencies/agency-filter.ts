import { AgencyScope, scopeCondition } from '../access/agency-scope';
import { AgencyFilterQuery } from './dto/agency-query.dto';
import { likePattern } from '../common/like-pattern';

/** The WHERE clause shared by the agency list, the matrix and its exports: same filters, same scoping. */
export function agencyWhere(alias: string, q: AgencyFilterQuery, scope: AgencyScope, params: unknown[]): string {
  const parts = [scopeCondition(scope, params, `${alias}.id`, `${alias}.batch_code`)];
  if (q.batch) {
    params.push(q.batch);
    parts.push(`${alias}.batch_code = $${params.length}`);
  }
  if (q.type) {
    params.push(q.type);
    parts.push(`${alias}.type = $${params.length}`);
  }
  if (q.province) {
    params.push(q.province.startsWith('id:') ? Number(q.province.slice(3)) : q.province);
    parts.push(
      q.province.startsWith('id:')
        ? `${alias}.province_code = (SELECT province_code FROM agency WHERE id = $${params.length})`
        : `${alias}.province_code = $${params.length}`,
    );
  }
  if (q.q?.trim()) {
    params.push(likePattern(q.q.trim()));
    parts.push(`(${alias}.name ILIKE $${params.length} OR ${alias}.code ILIKE $${params.length})`);
  }
  return parts.join(' AND ');
}

export const AGENCY_SUMMARY_COLUMNS = (a: string) =>
  `${a}.id, ${a}.code, ${a}.name, ${a}.type, ${a}.batch_code AS batch, ${a}.parent_id AS "parentId"`;
