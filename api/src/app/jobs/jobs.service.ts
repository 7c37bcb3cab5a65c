import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfigService } from '../../services/config/app-config.service';
import { apiError } from '../common/api-error';
import { JobCatalog } from './job-catalog.service';
import type { JobRunDetails, JobsOverview } from '@pantau/domain';
import { JOB_RUN_COLUMNS, toJobRunView } from './job-run-view';
import { JobRunner, SCHEDULED } from './job-runner.service';
import { JOB_TIME_ZONE } from './job-schedules';

@Injectable()
export class JobsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: JobCatalog,
    private readonly runner: JobRunner,
    private readonly config: AppConfigService,
  ) {}

  async overview(limit = 50): Promise<JobsOverview> {
    const [runs, last] = await Promise.all([
      this.dataSource.query(`SELECT ${JOB_RUN_COLUMNS} FROM job_run ORDER BY started_at DESC, id DESC LIMIT $1`, [
        limit,
      ]),
      this.dataSource.query(
        `SELECT DISTINCT ON (job) ${JOB_RUN_COLUMNS} FROM job_run WHERE job = ANY($1::text[]) ORDER BY job, started_at DESC, id DESC`,
        [this.catalog.jobs.map((j) => j.name)],
      ),
    ]);
    const lastByJob = new Map<string, JobRunDetails>(last.map((r: Record<string, any>) => [r['job'], toJobRunView(r)]));
    return {
      jobs: this.catalog.jobs.map((j) => ({
        name: j.name,
        description: j.description,
        schedule: j.schedule,
        timeZone: JOB_TIME_ZONE,
        scheduled: this.config.values.schedulerEnabled,
        lastRun: lastByJob.get(j.name) ?? null,
      })),
      runs: runs.map(toJobRunView),
    };
  }

  /** Runs a job now; the run is recorded whatever its outcome. */
  run(name: string, triggeredBy: string): Promise<JobRunDetails> {
    const job = this.catalog.find(name);
    if (!job) {
      const jobs = this.catalog.jobs.map((j) => j.name);
      throw apiError(404, 'job-not-found', { name, jobs }, `There is no job "${name}"; jobs: ${jobs.join(', ')}`);
    }
    return this.runner.run(job.name, job.work, triggeredBy);
  }

  runScheduled(name: string): Promise<JobRunDetails> {
    return this.run(name, SCHEDULED);
  }
}
