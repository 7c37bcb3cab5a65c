import { AgencySummary, Batch, Role } from '@pantau/domain';

// Response shapes the web app needs that libs/domain/src/lib/contracts.ts does not define yet.
// Move them to the contracts (and delete them here) once the API settles on them.

/** One agency assigned to the signed-in evaluator for a period, with rating progress. */
export interface AssignmentView {
  agency: AgencySummary;
  periodId: number;
  /** Items with a rating in this period. */
  rated: number;
  total: number;
  /** The evaluator marked the agency as done. */
  done: boolean;
}

/** A user as the admin screen lists it. */
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  agencyName?: string | null;
  batch: Batch | null;
  active: boolean;
  lastLoginAt: string | null;
}
