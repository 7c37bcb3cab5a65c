import type { JobRunDetails } from '@pantau/domain';

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
