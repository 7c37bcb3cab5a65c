import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from './auth-user';

const TTL_MS = 5000;

/**
 * Resolves a token's user on every request; a short cache keeps this off the hot path while a disabled account,
 * a role change or an ended session still takes effect within seconds (immediately in this process).
 */
@Injectable()
export class SessionUsers {
  private readonly cache = new Map<number, { user: AuthUser | null; at: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async find(id: number): Promise<AuthUser | null> {
    const hit = this.cache.get(id);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.user;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT id, username, display_name, role, agency_id, batch_code, session_version
       FROM app_user WHERE id = $1 AND NOT disabled`,
      [id],
    );
    const r = rows[0];
    const user: AuthUser | null = r
      ? {
          id: r['id'] as number,
          username: r['username'] as string,
          displayName: r['display_name'] as string,
          role: r['role'] as AuthUser['role'],
          agencyId: (r['agency_id'] as number | null) ?? null,
          batch: (r['batch_code'] as AuthUser['batch']) ?? null,
          sessionVersion: r['session_version'] as number,
        }
      : null;
    this.cache.set(id, { user, at: Date.now() });
    return user;
  }

  /**
   * Raises the user's session version in the caller's transaction: access tokens issued before stop working.
   * Call `forget` once that transaction has committed, so this process refuses them at once; other API
   * processes refuse them when their cached entry expires, within TTL_MS.
   */
  async raiseVersion(m: EntityManager, userId: number): Promise<void> {
    await m.query(`UPDATE app_user SET session_version = session_version + 1 WHERE id = $1`, [userId]);
  }

  /** Ends every session of the user: the session version rises and every refresh token is revoked. */
  async endAll(m: EntityManager, userId: number): Promise<void> {
    await this.raiseVersion(m, userId);
    await m.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  forget(id: number): void {
    this.cache.delete(id);
  }
}
