import type { Batch } from '@pantau/domain';

/** Which agencies a user may see. Every query of agency data is filtered by one of these. */
export type AgencyScope =
  { kind: 'all' } | { kind: 'batch'; batch: Batch } | { kind: 'agencies'; ids: readonly number[] };

/**
 * A SQL condition restricting `agencyColumn` (and `batchColumn` when the table has one) to the scope.
 * Pushes its parameter onto `params` and refers to it by position.
 */
export function scopeCondition(
  scope: AgencyScope,
  params: unknown[],
  agencyColumn: string,
  batchColumn?: string,
): string {
  if (scope.kind === 'all') return 'TRUE';
  if (scope.kind === 'agencies') {
    params.push(scope.ids);
    return `${agencyColumn} = ANY($${params.length}::int[])`;
  }
  params.push(scope.batch);
  return batchColumn
    ? `${batchColumn} = $${params.length}`
    : `${agencyColumn} IN (SELECT id FROM agency WHERE batch_code = $${params.length})`;
}

export function scopeIncludes(scope: AgencyScope, agency: { id: number; batchCode: Batch }): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'batch') return agency.batchCode === scope.batch;
  return scope.ids.includes(agency.id);
}

/**
 * Users who get the same answer from every read: same role (it decides what is hidden), same agency (an agency
 * team's scope) and same batch (a regional leader's). Shared caches key answers by it, so it must change
 * whenever ScopeService.scopeOf or canSeeResults can answer differently for two users.
 */
export function audienceOf(user: { role: string; agencyId: number | null; batch: string | null }): string {
  return `${user.role}:${user.agencyId ?? ''}:${user.batch ?? ''}`;
}
