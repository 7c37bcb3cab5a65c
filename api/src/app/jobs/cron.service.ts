import { Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { JOB_SCHEDULES, JOB_TIME_ZONE } from './job-schedules';
import { JobsService } from './jobs.service';

/** Decides only when each job runs; JobsModule registers it only when SCHEDULER_ENABLED is on. */
@Injectable()
export class CronService {
  constructor(private readonly jobs: JobsService) {}

  @Cron(JOB_SCHEDULES['follow-up-overdue'], { name: 'follow-up-overdue', timeZone: JOB_TIME_ZONE })
  async followUpOverdue(): Promise<void> {
    await this.jobs.runScheduled('follow-up-overdue');
  }

  @Cron(JOB_SCHEDULES['follow-up-reminders'], { name: 'follow-up-reminders', timeZone: JOB_TIME_ZONE })
  async followUpReminders(): Promise<void> {
    await this.jobs.runScheduled('follow-up-reminders');
  }

  @Cron(JOB_SCHEDULES['publication-overdue-scan'], { name: 'publication-overdue-scan', timeZone: JOB_TIME_ZONE })
  async publicationOverdueScan(): Promise<void> {
    await this.jobs.runScheduled('publication-overdue-scan');
  }

  @Cron(JOB_SCHEDULES['score-snapshot'], { name: 'score-snapshot', timeZone: JOB_TIME_ZONE })
  async scoreSnapshot(): Promise<void> {
    await this.jobs.runScheduled('score-snapshot');
  }
}
