import { Injectable } from '@nestjs/common';
import { hash, verify } from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { apiError } from '../common/api-error';
import { User } from '../users/user.entity';
import { AuthService, IssuedSession } from './auth.service';
import { signInDelayed } from './retry-later';
import { SessionUsers } from './session-users.service';
import { SignInThrottle, throttleKeys } from './sign-in-throttle.service';

/** A user changing their own password: proven by the current one, which is guessed no faster than at sign-in. */
@Injectable()
export class OwnPasswordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly sessionUsers: SessionUsers,
    private readonly throttle: SignInThrottle,
  ) {}

  /** Ends every session of the user and answers a fresh one for the caller. */
  async change(userId: number, current: string, next: string, address: string): Promise<IssuedSession> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :userId AND NOT u.disabled', { userId })
      .getOne();
    if (!user) throw apiError(401, 'account-unavailable', {}, 'Your account is disabled or no longer exists');
    const keys = throttleKeys(user.username, address);
    const audit = (m: EntityManager, action: string, after?: unknown) =>
      this.audit.record(m, { action, entityType: 'user', entityId: userId, after });

    const wait = await this.dataSource.transaction(async (m) => {
      const seconds = await this.throttle.charge(m, keys);
      if (seconds !== null) await audit(m, 'user.password-change.delayed', { seconds });
      return seconds;
    });
    if (wait !== null) throw signInDelayed(wait);

    if (!(await verify(user.passwordHash, current).catch(() => false))) {
      await this.dataSource.transaction((m) => audit(m, 'user.password-change.failed'));
      await this.throttle.sweep();
      throw apiError(400, 'wrong-current-password', {}, 'The current password is not correct');
    }
    if (next === current) {
      await this.dataSource.transaction((m) => this.throttle.clear(m, keys));
      throw apiError(400, 'password-unchanged', {}, 'The new password must differ from the current one');
    }

    // Hashed before the transaction: argon2 is slow on purpose, and would hold a connection meanwhile.
    const passwordHash = await hash(next);
    const session = await this.dataSource.transaction(async (m) => {
      await m.update(User, { id: userId }, { passwordHash });
      await this.sessionUsers.endAll(m, userId);
      await this.throttle.clear(m, keys);
      await audit(m, 'user.password-changed');
      const changed = await m.findOneBy(User, { id: userId });
      if (!changed) throw apiError(401, 'account-unavailable', {}, 'Your account no longer exists');
      return this.auth.issue(m, changed);
    });
    this.sessionUsers.forget(userId);
    return session;
  }
}
