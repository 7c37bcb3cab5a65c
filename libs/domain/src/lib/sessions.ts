/** The rules every new password follows, whether an admin sets it or its user changes it. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/**
 * 429 bodies that say how long to wait (also in the Retry-After header): `sign-in-delayed` after failed
 * passwords (the same for unknown usernames), `refresh-limited` after too many session renewals.
 */
export interface RetryLaterBody {
  statusCode: 429;
  message: string;
  error: string;
  code: 'sign-in-delayed' | 'refresh-limited';
  params: { seconds: number };
}

/** Codes of the refusals a person can act on when changing their own password (400). */
export type ChangePasswordRefusal = 'wrong-current-password' | 'password-unchanged';
