import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { hash, verify } from 'argon2';
import { DataSource } from 'typeorm';
import type { LoginResponse, SessionUser } from '@pantau/domain';
import { AuditService } from '../audit/audit.service';
import { User } from '../users/user.entity';
import { RefreshToken } from './refresh-token.entity';
import { SessionUsers } from './session-users.service';
import { TokenService } from './token.service';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
const WRONG = 'Wrong username or password';

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
  ) {}

  async login(usernameRaw: string, password: string): Promise<IssuedSession> {
    const username = usernameRaw.trim().toLowerCase();
    // Failures are recorded and committed before the error is thrown, so a rollback never hides them.
    const outcome = await this.dataSource.transaction(
      async (m): Promise<IssuedSession | { lockedMinutes: number } | null> => {
        const user = await m
          .getRepository(User)
          .createQueryBuilder('u')
          .addSelect('u.passwordHash')
          .setLock('pessimistic_write')
          .where('u.username = :username', { username })
          .getOne();
        const audit = (action: string, after?: unknown) =>
          this.audit.record(m, {
            action,
            entityType: 'user',
            entityId: user?.id,
            username,
            userId: user?.id ?? null,
            after,
          });
        if (!user || user.disabled) {
          await verify(await this.dummyHash, password).catch(() => false);
          await audit('login.failed');
          return null;
        }
        if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
          await audit('login.locked');
          return { lockedMinutes: Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000) };
        }
        if (!(await verify(user.passwordHash, password).catch(() => false))) {
          const failed = user.failedLogins + 1;
          const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null;
          await m.update(User, { id: user.id }, { failedLogins: lockedUntil ? 0 : failed, lockedUntil });
          await audit(lockedUntil ? 'login.failed.locked' : 'login.failed', { failedLogins: failed, lockedUntil });
          return null;
        }
        await m.update(User, { id: user.id }, { failedLogins: 0, lockedUntil: null });
        await audit('login.succeeded');
        return {
          accessToken: this.tokens.signAccess(user.id),
          refreshToken: await this.tokens.issueRefresh(m, user.id),
          user: toSessionUser(user),
        };
      },
    );
    if (outcome === null) throw new UnauthorizedException(WRONG);
    if ('lockedMinutes' in outcome) {
      throw new HttpException(
        {
          statusCode: 429,
          message: `Too many failed sign-in attempts: this account is locked for ${outcome.lockedMinutes} more minute(s). Try again later or ask an administrator to reset the password.`,
          error: 'Too Many Requests',
          code: 'account-locked',
          minutes: outcome.lockedMinutes,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return outcome;
  }

  async refresh(presented: string): Promise<IssuedSession> {
    return this.dataSource.transaction(async (m) => {
      const row = await this.tokens.findLiveRefresh(m, presented);
      if (!row) throw new UnauthorizedException('Your session has ended; please sign in again');
      const user = await m.findOne(User, { where: { id: row.userId } });
      if (!user || user.disabled) throw new UnauthorizedException('Your session has ended; please sign in again');
      // Rotation: each refresh token works once.
      await m.update(RefreshToken, { id: row.id }, { revokedAt: new Date() });
      return {
        accessToken: this.tokens.signAccess(user.id),
        refreshToken: await this.tokens.issueRefresh(m, user.id),
        user: toSessionUser(user),
      };
    });
  }

  async logout(userId: number, presented: string | undefined): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      // Ends every refresh token of the user: signing out on one device ends the refresh everywhere.
      await m.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
      await this.audit.record(m, {
        action: 'logout',
        entityType: 'user',
        entityId: userId,
        after: { presented: !!presented },
      });
    });
    this.sessionUsers.forget(userId);
  }
}
