import { Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import { AppConfigService } from '../../services/config/app-config.service';
import { RetryLater, waitWording } from './retry-later';

const MINUTE_MS = 60_000;

/**
 * Session renewals per user, counted only for a verified refresh token: a bogus token counts against nobody.
 * Kept in the throttler's storage like the per-address limits (per process).
 */
@Injectable()
export class RefreshLimit {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    private readonly config: AppConfigService,
  ) {}

  async count(userId: number): Promise<void> {
    const limit = this.config.values.refreshLimitPerUser;
    const hit = await this.storage.increment(`refresh-user:${userId}`, MINUTE_MS, limit, MINUTE_MS, 'refresh-per-user');
    if (hit.isBlocked) {
      const seconds = Math.max(1, hit.timeToBlockExpire);
      throw new RetryLater(
        seconds,
        'refresh-limited',
        `This session was renewed too often; wait ${waitWording(seconds)}, then try again`,
      );
    }
  }
}
