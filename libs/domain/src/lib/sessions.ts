import type { ErrorResponse } from './contracts';
import type { ErrorCode } from './errors';

/** The rules every new password follows, whether an admin sets it or its user changes it. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * 429 bodies that say how long to wait (also in the Retry-After header): `sign-in-delayed` after failed
 * passwords (the same for unknown usernames), `refresh-limited` after too many session renewals.
 */
export interface RetryLaterBody extends ErrorResponse<'sign-in-delayed' | 'refresh-limited'> {
  statusCode: 429;
  params: { seconds: number };
}

/** Codes of the refusals a person can act on when changing their own password (400). */
export type ChangePasswordRefusal = Extract<ErrorCode, 'wrong-current-password' | 'password-unchanged'>;
