import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from 'typeorm';
import { AppConfigService } from '../../services/config/app-config.service';
import { RefreshToken } from './refresh-token.entity';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfigService,
  ) {}

  signAccess(userId: number): string {
    return this.jwt.sign({ sub: String(userId) }, { expiresIn: this.config.values.accessTokenTtlSeconds });
  }

  async verifyAccess(token: string): Promise<number | null> {
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string }>(token);
      const id = Number(payload.sub);
      return Number.isInteger(id) ? id : null;
    } catch {
      return null;
    }
  }

  /** A refresh token is `<row id>.<secret>`; only the secret's hash is stored. */
  async issueRefresh(manager: EntityManager, userId: number): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.values.refreshTokenTtlDays * 86_400_000);
    const row = await manager.save(RefreshToken, { userId, tokenHash: sha256(secret), expiresAt, revokedAt: null });
    return `${row.id}.${secret}`;
  }

  /** Returns the live token row for a presented refresh token, locked for rotation, or null. */
  async findLiveRefresh(manager: EntityManager, presented: string): Promise<RefreshToken | null> {
    const [id, secret] = presented.split('.');
    if (!id || !secret || !/^\d{1,18}$/.test(id)) return null;
    const row = await manager
      .getRepository(RefreshToken)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id })
      .getOne();
    if (!row || row.revokedAt || row.expiresAt.getTime() < Date.now()) return null;
    const a = Buffer.from(row.tokenHash);
    const b = Buffer.from(sha256(secret));
    return a.length === b.length && timingSafeEqual(a, b) ? row : null;
  }
}
