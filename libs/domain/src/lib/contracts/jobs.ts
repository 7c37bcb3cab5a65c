export const JOB_OUTCOMES = ['running', 'succeeded', 'failed', 'skipped'] as const;
export type JobOutcome = (typeof JOB_OUTCOMES)[number];

export interface JobRunView {
  id: number;
  job: string;
  startedAt: string;
  finishedAt: string | null;
  outcome: JobOutcome;
  counts: Record<string, number>;
  /** Why a run failed or was skipped. */
  error: string | null;
}

/** A job run as admins see it; `triggeredBy` is "schedule" or "manual:<username>". */
export interface JobRunDetails extends JobRunView {
  triggeredBy: string;
}

export interface JobInfo {
  name: string;
  description: string;
  schedule: string;
  timeZone: string;
  /** False when SCHEDULER_ENABLED is off: the job then runs only when triggered by hand. */
  scheduled: boolean;
  lastRun: JobRunDetails | null;
}

/** GET /api/admin/jobs. */
export interface JobsOverview {
  jobs: JobInfo[];
  runs: JobRunDetails[];
}
