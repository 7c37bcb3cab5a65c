import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { FollowUpReminders } from '../follow-ups/follow-up-reminders.service';
import { PublicationOverdueScan } from '../publications/publication-overdue-scan.service';
import { JOB_SCHEDULES, JobName } from './job-schedules';
import { JobWork } from './job-runner.service';
import { ScoreSnapshots } from './score-snapshots.service';

export interface JobDefinition {
  name: JobName;
  description: string;
  schedule: string;
  work: JobWork;
}

/** Every job the API runs: what it does is in the domain services; here it becomes one audited transaction. */
@Injectable()
export class JobCatalog {
  readonly jobs: readonly JobDefinition[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    publications: PublicationOverdueScan,
    reminders: FollowUpReminders,
    snapshots: ScoreSnapshots,
  ) {
    this.jobs = [
      this.define(
        'publication-overdue-scan',
        'Notify agency teams about items published less often than their cadence',
        (m) => publications.run(m),
      ),
      this.define('follow-up-reminders', 'Remind agency teams 7, 3 and 1 days before a follow-up is due', (m) =>
        reminders.sendDue(m),
      ),
      this.define('follow-up-overdue', 'Notify agency teams about follow-ups past their due date', (m) =>
        reminders.notifyOverdue(m),
      ),
      this.define('score-snapshot', "Record each agency's index and pillar scores of the day for the trends", (m) =>
        snapshots.take(m),
      ),
    ];
  }

  find(name: string): JobDefinition | undefined {
    return this.jobs.find((j) => j.name === name);
  }

  private define(
    name: JobName,
    description: string,
    work: (m: EntityManager) => Promise<Record<string, number>>,
  ): JobDefinition {
    return {
      name,
      description,
      schedule: JOB_SCHEDULES[name],
      work: () =>
        this.dataSource.transaction(async (m) => {
          const counts = await work(m);
          await this.audit.record(m, { action: 'job.ran', entityType: 'job', entityId: name, after: counts });
          return counts;
        }),
    };
  }
}
