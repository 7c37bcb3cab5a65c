import { Injectable } from '@nestjs/common';
import { hash, verify } from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import type { LoginResponse, SessionUser } from '@pantau/domain';
import { AuditService } from '../audit/audit.service';
import { apiError } from '../common/api-error';
import { User } from '../users/user.entity';
import { RefreshLimit } from './refresh-limit';
import { RefreshToken } from './refresh-token.entity';
import { signInDelayed } from './retry-later';
import { SessionUsers } from './session-users.service';
import { SignInThrottle, throttleKeys } from './sign-in-throttle.service';
import { TokenService } from './token.service';

const wrongCredentials = () => apiError(401, 'wrong-credentials', {}, 'Wrong username or password');
const sessionEnded = () => apiError(401, 'session-ended', {}, 'Your session has ended; please sign in again');

export interface IssuedSession extends LoginResponse {
  refreshToken: string;
}

export function toSessionUser(
  u: Pick<User, 'id' | 'username' | 'displayName' | 'role' | 'agencyId' | 'batchCode'>,
): SessionUser {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    agencyId: u.agencyId,
    batch: u.batchCode,
  };
}

@Injectable()
export class AuthService {
  /** Verifying against a real hash for unknown users keeps the answer time the same. */
  private readonly dummyHash = hash('not-a-real-password-0000');

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly sessionUsers: SessionUsers,
    private readonly throttle: SignInThrottle,
    private readonly refreshLimit: RefreshLimit,
  ) {}

  /**
   * Known and unknown usernames go through the same steps (charge, one hash verification, record) and get the
   * same answers, so neither the answer nor its timing tells whether a name exists.
   */
  async login(usernameRaw: string, password: string, address: string): Promise<IssuedSession> {
    const username = usernameRaw.trim().toLowerCase();
    const keys = throttleKeys(username, address);
    const audit = (m: EntityManager, action: string, userId: number | null, after?: unknown) =>
      this.audit.record(m, { action, entityType: 'user', entityId: userId, username, userId, after });

    const gate = await this.dataSource.transaction(async (m): Promise<{ wait: number } | { user: User | null }> => {
      const wait = await this.throttle.charge(m, keys);
      if (wait !== null) {
        await audit(m, 'login.delayed', null, { seconds: wait });
        return { wait };
      }
      const user = await m
        .getRepository(User)
        .createQueryBuilder('u')
        .addSelect('u.passwordHash')
        .where('u.username = :username', { username })
        .getOne();
      return { user: user && !user.disabled ? user : null };
    });
    if ('wait' in gate) throw signInDelayed(gate.wait);

    const candidate = gate.user;
    const matches = await verify(candidate?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    const outcome = await this.dataSource.transaction(async (m) => {
      const user = candidate && matches ? await m.findOne(User, { where: { id: candidate.id } }) : null;
      if (!user || user.disabled) {
        await audit(m, 'login.failed', candidate?.id ?? null);
        return null;
      }
      await this.throttle.clear(m, keys);
      await audit(m, 'login.succeeded', user.id);
      return this.issue(m, user);
    });
    if (!outcome) {
      await this.throttle.sweep();
      throw wrongCredentials();
    }
    return outcome;
  }

  async refresh(presented: string): Promise<IssuedSession> {
    const outcome = await this.dataSource.transaction(async (m) => {
      const row = await this.tokens.findRefresh(m, presented);
      if (!row || row.expiresAt.getTime() < Date.now()) return null;
      if (row.revokedAt) return row.rotatedAt ? this.revokeReusedFamily(m, row) : null;
      const user = await m.findOne(User, { where: { id: row.userId } });
      if (!user || user.disabled) return null;
      await this.refreshLimit.count(user.id);
      // Rotation: each refresh token works once; its successor stays in the family.
      await m.update(RefreshToken, { id: row.id }, { revokedAt: () => 'now()', rotatedAt: () => 'now()' });
      return this.issue(m, user, row.familyId);
    });
    if (outcome === null || 'reusedBy' in outcome) {
      if (outcome) this.sessionUsers.forget(outcome.reusedBy);
      throw sessionEnded();
    }
    return outcome;
  }

  async logout(userId: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      // Signing out on one device ends the session everywhere: every refresh and access token of the user.
      await this.sessionUsers.endAll(m, userId);
      await this.audit.record(m, { action: 'logout', entityType: 'user', entityId: userId });
    });
    this.sessionUsers.forget(userId);
  }

  /** A new session for the user as the row reads now (its current session version). */
  async issue(m: EntityManager, user: User, familyId?: string): Promise<IssuedSession> {
    return {
      accessToken: this.tokens.signAccess(user.id, user.sessionVersion),
      refreshToken: await this.tokens.issueRefresh(m, user.id, familyId),
      user: toSessionUser(user),
    };
  }

  /**
   * A rotated token came back: either its thief or its owner holds a successor. Neither can be told apart, so
   * the whole family ends, and the user's access tokens with it (the session version rises).
   */
  private async revokeReusedFamily(m: EntityManager, row: RefreshToken): Promise<{ reusedBy: number }> {
    await m.query(`UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [
      row.familyId,
    ]);
    await this.sessionUsers.raiseVersion(m, row.userId);
    const [owner] = await m.query(`SELECT username FROM app_user WHERE id = $1`, [row.userId]);
    await this.audit.record(m, {
      action: 'session.refresh-reused',
      entityType: 'user',
      entityId: row.userId,
      userId: row.userId,
      username: (owner?.username as string | undefined) ?? null,
      after: { tokenId: row.id, familyId: row.familyId },
    });
    return { reusedBy: row.userId };
  }
}
