import type { Response } from 'supertest';

/** The refresh token that a sign-in or renewal set as its cookie. */
export function refreshTokenOf(res: Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const value = cookies.map((c) => /^pantau_refresh=([^;]*)/.exec(c)?.[1]).find(Boolean);
  if (!value) throw new Error(`no refresh cookie in ${res.status} ${JSON.stringify(res.body)}`);
  return decodeURIComponent(value);
}
