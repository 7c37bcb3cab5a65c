import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Failures of one username from one address before each further attempt has to wait. */
export const PAIR_FAILURES = 5;
/** Failures of one username from all addresses together: higher, so that one address cannot lock a user out. */
export const USERNAME_FAILURES = 20;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after `failures` failures of a key whose threshold is `threshold`; null below it. */
export function delaySeconds(failures: number, threshold: number): number | null {
  if (failures < threshold) return null;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** Math.min(failures - threshold, 16), MAX_DELAY_SECONDS);
}

/** The key of a username across all addresses. */
export const USERNAME_KEY_PREFIX = 'user:';

/** The keys an attempt counts against, in the order they are locked ('pair:' sorts before 'user:'). */
export function throttleKeys(username: string, address: string): string[] {
  return [`pair:${address}|${username}`, `${USERNAME_KEY_PREFIX}${username}`];
}

const STALE = `interval '1 day'`;

const thresholdOf = (key: string) => (key.startsWith('pair:') ? PAIR_FAILURES : USERNAME_FAILURES);

/**
 * Growing back-off for password checks (sign-in and password change), kept in PostgreSQL so that every API
 * process counts together. Each attempt is charged before its password is checked, and a success clears its
 * keys: concurrent guesses cannot slip past the count while a hash is being verified.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Charges one attempt; answers the seconds to wait instead when a key is still waiting (not charged then). */
  async charge(m: EntityManager, keys: string[]): Promise<number | null> {
    await m.query(`INSERT INTO sign_in_throttle (key) SELECT unnest($1::text[]) ON CONFLICT (key) DO NOTHING`, [keys]);
    // Failures go stale after a quiet day (STALE): mistyping now and then never adds up to a delay.
    const rows: Array<{ key: string; failures: number; wait: number | null }> = await m.query(
      `SELECT key, CASE WHEN updated_at < now() - ${STALE} THEN 0 ELSE failures END AS failures,
              CASE WHEN blocked_until > now() THEN ceil(extract(epoch FROM blocked_until - now()))::int END AS wait
       FROM sign_in_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE`,
      [keys],
    );
    const wait = Math.max(0, ...rows.map((r) => r.wait ?? 0));
    if (wait > 0) return wait;
    for (const r of rows) {
      const failures = r.failures + 1;
      await m.query(
        `UPDATE sign_in_throttle SET failures = $2, blocked_until = now() + make_interval(secs => $3), updated_at = now()
         WHERE key = $1`,
        [r.key, failures, delaySeconds(failures, thresholdOf(r.key))],
      );
    }
    return null;
  }

  clear(m: EntityManager, keys: string[]): Promise<unknown> {
    return m.query(`DELETE FROM sign_in_throttle WHERE key = ANY($1)`, [keys]);
  }

  /**
   * Removes a few stale keys (each failed attempt calls it, so the table stays as small as the recent
   * failures). Its own statement outside any transaction: it never waits for, or holds, a key in use.
   */
  async sweep(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sign_in_throttle WHERE key IN (
         SELECT key FROM sign_in_throttle WHERE updated_at < now() - ${STALE} LIMIT 50 FOR UPDATE SKIP LOCKED)`,
    );
  }
}
