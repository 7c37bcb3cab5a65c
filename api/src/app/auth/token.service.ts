import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import { AppConfigService } from '../../services/config/app-config.service';
import { RefreshToken } from './refresh-token.entity';

export const TOKEN_ISSUER = 'pantau-berakhlak';

/** What an access token proves: who, and which of the user's session versions it belongs to. */
export interface AccessClaims {
  userId: number;
  sessionVersion: number;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfigService,
  ) {}

  signAccess(userId: number, sessionVersion: number): string {
    return this.jwt.sign(
      { sub: String(userId), sv: sessionVersion },
      { expiresIn: this.config.values.accessTokenTtlSeconds },
    );
  }

  async verifyAccess(token: string): Promise<AccessClaims | null> {
    try {
      const payload = await this.jwt.verifyAsync<Record<string, unknown>>(token);
      // jsonwebtoken checks `exp` only when a token has one: a token signed without it would never expire.
      if (typeof payload['exp'] !== 'number' || payload['iss'] !== TOKEN_ISSUER) return null;
      const userId = Number(payload['sub']);
      const sessionVersion = payload['sv'];
      if (!Number.isInteger(userId) || userId <= 0 || !Number.isInteger(sessionVersion)) return null;
      return { userId, sessionVersion: sessionVersion as number };
    } catch {
      return null;
    }
  }

  /**
   * A refresh token is `<row id>.<secret>`; only the secret's hash is stored. A token issued in place of a
   * rotated one joins its family; a new sign-in starts a family.
   */
  async issueRefresh(manager: EntityManager, userId: number, familyId: string = randomUUID()): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.values.refreshTokenTtlDays * 86_400_000);
    const row = await manager.save(RefreshToken, {
      userId,
      familyId,
      tokenHash: sha256(secret),
      expiresAt,
      revokedAt: null,
      rotatedAt: null,
    });
    return `${row.id}.${secret}`;
  }

  /**
   * The token row a presented refresh token names, locked for rotation, whatever its state (revoked, rotated,
   * expired); null when no row matches the secret.
   */
  async findRefresh(manager: EntityManager, presented: string): Promise<RefreshToken | null> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^\d{1,18}$/.test(id)) return null;
    const row = await manager
      .getRepository(RefreshToken)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id })
      .getOne();
    if (!row) return null;
    const a = Buffer.from(row.tokenHash);
    const b = Buffer.from(sha256(secret));
    return a.length === b.length && timingSafeEqual(a, b) ? row : null;
  }
}
