import { Module } from '@nestjs/common';
import { AppConfigService } from '../../services/config/app-config.service';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { PublicationsModule } from '../publications/publications.module';
import { CronService } from './cron.service';
import { JobCatalog } from './job-catalog.service';
import { JobRunner } from './job-runner.service';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { ScoreSnapshots } from './score-snapshots.service';

@Module({
  imports: [PublicationsModule, FollowUpsModule],
  controllers: [JobsController],
  providers: [
    JobRunner,
    JobCatalog,
    JobsService,
    ScoreSnapshots,
    {
      // @nestjs/schedule registers the @Cron methods of the instances it finds; with the scheduler off there is
      // no CronService instance, so no tick is ever registered. Manual runs work either way.
      provide: CronService,
      inject: [AppConfigService, JobsService],
      useFactory: (config: AppConfigService, jobs: JobsService) =>
        config.values.schedulerEnabled ? new CronService(jobs) : null,
    },
  ],
  exports: [JobsService, JobRunner],
})
export class JobsModule {}
