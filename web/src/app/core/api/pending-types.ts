import { Batch, JobRunView, Role } from '@pantau/domain';

// Response shapes the web reads that libs/domain/src/lib/contracts.ts does not define yet. They mirror
// the API's own interfaces (api/src/app/users, api/src/app/jobs), which web may not import. Move them
// to the contracts, and delete them here, once the API settles on them.

/** GET /api/periods/{periodId}/assignments: one agency given to one evaluator. */
export interface AssignmentView {
  agencyId: number;
  agencyName: string;
  batch: Batch;
  evaluatorId: number;
  evaluatorName: string;
}

/** GET /api/users (admin). */
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  agencyName: string | null;
  batch: Batch | null;
  disabled: boolean;
  lockedUntil: string | null;
}

/** A job run as admins see it; `triggeredBy` is "schedule" or "manual:<username>". */
export interface JobRunDetails extends JobRunView {
  triggeredBy: string;
}

/** GET /api/admin/jobs. */
export interface JobsOverview {
  jobs: Array<{
    name: string;
    description: string;
    schedule: string;
    timeZone: string;
    scheduled: boolean;
    lastRun: JobRunDetails | null;
  }>;
  runs: JobRunDetails[];
}
