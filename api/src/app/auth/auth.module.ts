import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppConfigService } from '../../services/config/app-config.service';
import { AuthThrottlerGuard } from './auth-throttler.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { OwnPasswordService } from './own-password.service';
import { RefreshLimit } from './refresh-limit';
import { SignInThrottle } from './sign-in-throttle.service';
import { LOGIN_THROTTLERS, REFRESH_THROTTLERS } from './throttler-names';

const address = (req: Record<string, any>) => (req as Request).ip ?? 'unknown';

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        throttlers: [
          { name: LOGIN_THROTTLERS[0], ttl: 60_000, limit: config.values.loginLimitPerAddress, getTracker: address },
          {
            name: LOGIN_THROTTLERS[1],
            ttl: 60_000,
            limit: config.values.loginLimitPerUsername,
            // Per username *from this address*: keyed on the username alone, one address could keep anyone out.
            // Failures across addresses are slowed by the back-off in PostgreSQL (SignInThrottle).
            getTracker: (req: Record<string, any>) =>
              `user:${String((req as Request).body?.username ?? '')
                .trim()
                .toLowerCase()}@${address(req)}`,
          },
          // Refresh requests carry no username; their user is counted once the token is verified (RefreshLimit).
          {
            name: REFRESH_THROTTLERS[0],
            ttl: 60_000,
            limit: config.values.refreshLimitPerAddress,
            getTracker: address,
          },
        ],
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, OwnPasswordService, SignInThrottle, RefreshLimit, AuthThrottlerGuard],
})
export class AuthModule {}
