import { Role } from '@pantau/domain';

export type AppArea = 'overview' | 'matrix' | 'agency' | 'evaluate' | 'followUps' | 'followUpWindow' | 'admin';

/**
 * Which roles see which page. Convenience only: the API decides what each user may read or write.
 */
export const AREA_ROLES: Readonly<Record<AppArea, readonly Role[]>> = {
  overview: ['admin', 'leadership', 'evaluator', 'coordinator'],
  matrix: ['admin', 'leadership', 'evaluator', 'coordinator'],
  agency: ['admin', 'leadership', 'evaluator', 'agency', 'coordinator'],
  evaluate: ['evaluator', 'admin'],
  followUps: ['agency', 'evaluator', 'admin', 'coordinator', 'leadership'],
  followUpWindow: ['leadership', 'admin', 'coordinator'],
  admin: ['admin'],
};

export function canSee(role: Role | null | undefined, area: AppArea): boolean {
  return !!role && AREA_ROLES[area].includes(role);
}

export function homeFor(role: Role | null | undefined): string {
  switch (role) {
    case 'evaluator':
      return '/evaluate';
    case 'agency':
    case 'coordinator':
      return '/follow-ups';
    case 'admin':
    case 'leadership':
      return '/overview';
    default:
      return '/login';
  }
}
