export const ROLES = ['admin', 'evaluator', 'agency', 'leadership', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Roles bound to one agency: an agency team to its own, a provincial coordination team (Biro Organisasi with
 * BPSDM) to its province, whose kabupaten/kota it pushes through the follow-up window.
 */
export const AGENCY_BOUND_ROLES = ['agency', 'coordinator'] as const satisfies readonly Role[];

/** Roles that see ratings, notes and suggestions only once results are published. */
export const RESULTS_AFTER_PUBLICATION_ROLES: readonly Role[] = AGENCY_BOUND_ROLES;

export function isAgencyBound(role: Role): boolean {
  return (AGENCY_BOUND_ROLES as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
