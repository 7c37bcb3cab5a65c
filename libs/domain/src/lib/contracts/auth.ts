import type { Batch } from '../agencies';
import type { Role } from '../roles';

/** The signed-in user, as GET /api/auth/me and every sign-in answer carry it. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  batch: Batch | null;
}

/** POST /api/auth/login body. */
export interface LoginRequest {
  username: string;
  password: string;
}

/** POST /api/auth/refresh body: the refresh token, or nothing to use the httpOnly cookie. */
export interface RefreshRequest {
  refreshToken?: string;
}

/** POST /api/auth/login, /refresh and /password → the access token; the refresh token goes in a cookie. */
export interface LoginResponse {
  accessToken: string;
  user: SessionUser;
}

/** POST /api/auth/password → 200 with a fresh LoginResponse; every other session of the user ends. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}
