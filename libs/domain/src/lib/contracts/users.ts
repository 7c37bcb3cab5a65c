import type { Batch } from '../agencies';
import type { Role } from '../roles';
import type { SessionUser } from './auth';

/** GET /api/users (admin). */
export interface UserView extends SessionUser {
  agencyName: string | null;
  disabled: boolean;
  /** Until when sign-ins with this username wait after failed passwords; null when they do not. */
  lockedUntil: string | null;
}

/** POST /api/users. */
export interface CreateUserRequest {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  /** Required for role agency. */
  agencyId?: number;
  /** Limits a leadership user to one batch. */
  batch?: Batch;
}

/** PATCH /api/users/{id}. */
export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  agencyId?: number | null;
  batch?: Batch | null;
  disabled?: boolean;
}

/** POST /api/users/{id}/password: an admin sets a new password. */
export interface ResetPasswordRequest {
  password: string;
}
