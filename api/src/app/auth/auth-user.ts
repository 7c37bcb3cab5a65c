import type { Batch, Role } from '@pantau/domain';

/** The signed-in user as the access guard resolved it for this request. */
export interface AuthUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  batch: Batch | null;
  /** Access tokens of an older version were issued before a sign-out or password change: they are refused. */
  sessionVersion: number;
}
