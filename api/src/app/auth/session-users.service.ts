import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from './auth-user';

const TTL_MS = 5000;

/**
 * Resolves a token's user on every request; a short cache keeps this off the hot path while
 * a disabled account or a role change still takes effect within seconds (immediately in this process).
 */
@Injectable()
export class SessionUsers {
  private readonly cache = new Map<number, { user: AuthUser | null; at: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async find(id: number): Promise<AuthUser | null> {
    const hit = this.cache.get(id);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.user;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT id, username, display_name, role, agency_id, batch_code FROM app_user WHERE id = $1 AND NOT disabled`,
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
        }
      : null;
    this.cache.set(id, { user, at: Date.now() });
    return user;
  }

  forget(id: number): void {
    this.cache.delete(id);
  }
}
