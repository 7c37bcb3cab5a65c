import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AllExceptionsFilter } from '../filters/all-exceptions.filter';
import type { AppConfig } from '../services/config/app-config';
import { AppConfigModule, AppConfigService } from '../services/config/app-config.service';
import { dataSourceOptions } from '../services/database/data-source-options';
import { AccessModule } from './access/access.module';
import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { AccessGuard } from './auth/access.guard';
import { AuthModule } from './auth/auth.module';
import { CoreModule } from './core.module';
import { ExportsModule } from './exports/exports.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { HealthModule } from './health/health.module';
import { ImportsModule } from './imports/imports.module';
import { JobsModule } from './jobs/jobs.module';
import { MatrixModule } from './matrix/matrix.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PeriodsModule } from './periods/periods.module';
import { PlansModule } from './plans/plans.module';
import { PublicationsModule } from './publications/publications.module';
import { RatingsModule } from './ratings/ratings.module';
import { ReadCacheModule } from './read-cache/read-cache.module';
import { SeedModule } from './seed/seed.module';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    CoreModule,
    LoggerModule.forRootAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        pinoHttp: {
          level: config.values.logLevel,
          genReqId: (req) => (req as unknown as { id: string }).id,
          autoLogging: { ignore: (req) => req.url === '/api/health' },
          redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          customProps: (req) => ({ userId: (req as unknown as { user?: { id: number } }).user?.id }),
        },
      }),
    }),
    TypeOrmModule.forRootAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        ...dataSourceOptions(config.values.databaseUrl!),
        retryAttempts: 5,
        retryDelay: 2000,
      }),
    }),
    ScheduleModule.forRoot(),
    ReadCacheModule,
    AccessModule,
    HealthModule,
    AuthModule,
    UsersModule,
    AuditModule,
    AgenciesModule,
    PeriodsModule,
    PlansModule,
    RatingsModule,
    MatrixModule,
    PublicationsModule,
    FollowUpsModule,
    NotificationsModule,
    JobsModule,
    SeedModule,
    ImportsModule,
    ExportsModule,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class AppModule {
  /** The application with the configuration it runs on (loaded once at boot, or a test's own). */
  static forRoot(config: AppConfig): DynamicModule {
    return { module: AppModule, imports: [AppConfigModule.forRoot(config)] };
  }
}
