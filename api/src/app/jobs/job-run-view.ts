import type { JobRunView } from '@pantau/domain';
import type { JobName } from './job-schedules';

/** A run as admins see it; `triggeredBy` is "schedule" or "manual:<username>". For skipped runs `error` says why. */
export interface JobRunDetails extends JobRunView {
  triggeredBy: string;
}

export interface JobInfo {
  name: JobName;
  description: string;
  schedule: string;
  timeZone: string;
  /** False when SCHEDULER_ENABLED is off: the job then runs only when triggered by hand. */
  scheduled: boolean;
  lastRun: JobRunDetails | null;
}

export interface JobsOverview {
  jobs: JobInfo[];
  runs: JobRunDetails[];
}

export const JOB_RUN_COLUMNS = `id, job, started_at AS "startedAt", finished_at AS "finishedAt", outcome, counts, error,
  triggered_by AS "triggeredBy"`;

export function toJobRunView(r: Record<string, any>): JobRunDetails {
  return {
    id: r['id'],
    job: r['job'],
    startedAt: new Date(r['startedAt']).toISOString(),
    finishedAt: r['finishedAt'] ? new Date(r['finishedAt']).toISOString() : null,
    outcome: r['outcome'],
    counts: r['counts'] ?? {},
    error: r['error'],
    triggeredBy: r['triggeredBy'],
  };
}
