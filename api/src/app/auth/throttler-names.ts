/** The throttlers of AuthModule; each route skips the ones that are not its own (see AuthController). */
export const LOGIN_THROTTLERS = ['per-address', 'per-username'] as const;
export const REFRESH_THROTTLERS = ['refresh-per-address'] as const;
