import { Injectable } from '@nestjs/common';
import { hash } from 'argon2';
import { DataSource, EntityManager } from 'typeorm';
import { isAgencyBound } from '@pantau/domain';
import type { Role, UserView } from '@pantau/domain';
import { AuditService } from '../audit/audit.service';
import { SessionUsers } from '../auth/session-users.service';
import { apiError } from '../common/api-error';
import { USERNAME_KEY_PREFIX } from '../auth/sign-in-throttle.service';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { User } from './user.entity';
import { likePattern } from '../common/like-pattern';

const VIEW = `SELECT u.id, u.username, u.display_name AS "displayName", u.role, u.agency_id AS "agencyId",
                     a.name AS "agencyName", u.batch_code AS batch, u.disabled, t.blocked_until AS "lockedUntil"
              FROM app_user u LEFT JOIN agency a ON a.id = u.agency_id
              LEFT JOIN sign_in_throttle t ON t.key = '${USERNAME_KEY_PREFIX}' || u.username AND t.blocked_until > now()`;

function snapshot(u: User) {
  return {
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    agencyId: u.agencyId,
    batch: u.batchCode,
    disabled: u.disabled,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessionUsers: SessionUsers,
  ) {}

  list(role?: string, q?: string): Promise<UserView[]> {
    return this.dataSource.query(
      `${VIEW} WHERE ($1::text IS NULL OR u.role = $1) AND ($2::text IS NULL OR u.username ILIKE $2 OR u.display_name ILIKE $2)
       ORDER BY u.role, u.username`,
      [role ?? null, q?.trim() ? likePattern(q.trim()) : null],
    );
  }

  async create(dto: CreateUserDto): Promise<UserView> {
    this.checkRoleFields(dto.role, dto.agencyId ?? null, dto.batch ?? null);
    // Hashed before the transaction: argon2 is slow on purpose, and would hold a connection meanwhile.
    const passwordHash = await hash(dto.password);
    const id = await this.dataSource.transaction(async (m) => {
      if (await m.findOne(User, { where: { username: dto.username } })) {
        const { username } = dto;
        throw apiError(409, 'username-taken', { username }, `The username "${username}" is already taken`);
      }
      if (dto.agencyId) await this.assertAgency(m, dto.agencyId, dto.role);
      const user = await m.save(User, {
        username: dto.username,
        displayName: dto.displayName.trim(),
        passwordHash,
        role: dto.role,
        agencyId: isAgencyBound(dto.role) ? dto.agencyId! : null,
        batchCode: dto.role === 'leadership' ? (dto.batch ?? null) : null,
      });
      await this.audit.record(m, {
        action: 'user.created',
        entityType: 'user',
        entityId: user.id,
        after: snapshot(user),
      });
      return user.id;
    });
    return this.get(id);
  }

  async update(id: number, dto: UpdateUserDto): Promise<UserView> {
    await this.dataSource.transaction(async (m) => {
      const user = await this.lockUser(m, id);
      const before = snapshot(user);
      const role = dto.role ?? user.role;
      const agencyId = dto.agencyId !== undefined ? dto.agencyId : isAgencyBound(role) ? user.agencyId : null;
      const batch = dto.batch !== undefined ? dto.batch : role === 'leadership' ? user.batchCode : null;
      this.checkRoleFields(role, agencyId, batch);
      if (agencyId) await this.assertAgency(m, agencyId, role);
      const disabled = dto.disabled ?? user.disabled;
      if (user.role === 'admin' && !user.disabled && (role !== 'admin' || disabled))
        await this.assertNotLastAdmin(m, id);
      Object.assign(user, {
        displayName: dto.displayName?.trim() ?? user.displayName,
        role,
        agencyId: isAgencyBound(role) ? agencyId : null,
        batchCode: role === 'leadership' ? batch : null,
        disabled,
      });
      await m.save(User, user);
      // A disabled account loses every session; a new role ends the access tokens (a refresh picks it up).
      if (disabled) await this.sessionUsers.endAll(m, id);
      else if (role !== before.role || agencyId !== before.agencyId) await this.sessionUsers.raiseVersion(m, id);
      await this.audit.record(m, {
        action: 'user.updated',
        entityType: 'user',
        entityId: id,
        before,
        after: snapshot(user),
      });
    });
    this.sessionUsers.forget(id);
    return this.get(id);
  }

  async resetPassword(id: number, password: string): Promise<void> {
    const passwordHash = await hash(password);
    await this.dataSource.transaction(async (m) => {
      const user = await this.lockUser(m, id);
      await m.update(User, { id }, { passwordHash });
      await this.sessionUsers.endAll(m, id);
      // Lifts the wait on the username everywhere; waits of single addresses stay.
      await m.query(`DELETE FROM sign_in_throttle WHERE key = $1`, [USERNAME_KEY_PREFIX + user.username]);
      await this.audit.record(m, {
        action: 'user.password-reset',
        entityType: 'user',
        entityId: id,
        after: { username: user.username },
      });
    });
    this.sessionUsers.forget(id);
  }

  async remove(id: number): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const user = await this.lockUser(m, id);
      if (user.role === 'admin' && !user.disabled) await this.assertNotLastAdmin(m, id);
      const [{ n }] = await m.query(
        `SELECT (SELECT count(*) FROM rating WHERE evaluator_id = $1) + (SELECT count(*) FROM evaluator_assignment WHERE evaluator_id = $1)
              + (SELECT count(*) FROM follow_up WHERE responded_by = $1 OR decided_by = $1) AS n`,
        [id],
      );
      if (Number(n) > 0) {
        const message =
          'This user has ratings, assignments or follow-up decisions on record; disable the account instead';
        throw apiError(409, 'user-has-history', {}, message);
      }
      await m.delete(User, { id });
      await this.audit.record(m, { action: 'user.deleted', entityType: 'user', entityId: id, before: snapshot(user) });
    });
    this.sessionUsers.forget(id);
  }

  async get(id: number): Promise<UserView> {
    const [row] = await this.dataSource.query(`${VIEW} WHERE u.id = $1`, [id]);
    if (!row) throw apiError(404, 'user-not-found', {}, 'User not found');
    return row;
  }

  private async lockUser(m: EntityManager, id: number): Promise<User> {
    const user = await m
      .getRepository(User)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id = :id', { id })
      .getOne();
    if (!user) throw apiError(404, 'user-not-found', {}, 'User not found');
    return user;
  }

  private async assertNotLastAdmin(m: EntityManager, exceptId: number): Promise<void> {
    // Locks every admin row so two admins cannot demote each other at the same moment.
    const others = await m.query(
      `SELECT id FROM app_user WHERE role = 'admin' AND NOT disabled AND id <> $1 FOR UPDATE`,
      [exceptId],
    );
    if (others.length === 0)
      throw apiError(409, 'last-active-admin', {}, 'This is the last active admin; create another admin first');
  }

  private async assertAgency(m: EntityManager, agencyId: number, role: Role): Promise<void> {
    const rows: Array<{ type: string }> = await m.query(`SELECT type FROM agency WHERE id = $1`, [agencyId]);
    if (rows.length === 0) throw apiError(400, 'agency-unknown', { agencyId }, `Agency ${agencyId} does not exist`);
    if (role === 'coordinator' && rows[0]!.type !== 'provinsi') {
      throw apiError(
        400,
        'coordinator-needs-province',
        {},
        'A coordination team belongs to a province: choose an agency of type provinsi',
      );
    }
  }

  private checkRoleFields(role: Role, agencyId: number | null, batch: string | null): void {
    if (role === 'agency' && !agencyId)
      throw apiError(400, 'agency-user-needs-agency', {}, 'An agency user needs an agencyId');
    if (role === 'coordinator' && !agencyId)
      throw apiError(400, 'coordinator-needs-province', {}, 'A coordination team needs the agencyId of its province');
    if (!isAgencyBound(role) && agencyId)
      throw apiError(400, 'agency-only-for-agency-users', {}, 'Only agency and coordination teams belong to an agency');
    if (role !== 'leadership' && batch)
      throw apiError(400, 'batch-only-for-leadership', {}, 'Only leadership users can be limited to a batch');
  }
}
