import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppConfigService } from '../../services/config/app-config.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        errorMessage: 'Too many sign-in attempts from here; wait a minute and try again',
        throttlers: [
          {
            name: 'per-address',
            ttl: 60_000,
            limit: config.values.loginLimitPerAddress,
            getTracker: (req: Record<string, any>) => (req as Request).ip ?? 'unknown',
          },
          {
            name: 'per-username',
            ttl: 60_000,
            limit: config.values.loginLimitPerUsername,
            getTracker: (req: Record<string, any>) =>
              `user:${String((req as Request).body?.username ?? '')
                .trim()
                .toLowerCase()}`,
          },
        ],
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService],
})
export class AuthModule {}
