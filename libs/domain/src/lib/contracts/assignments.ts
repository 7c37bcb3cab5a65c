import type { Batch } from '../agencies';

/** GET /api/periods/{periodId}/assignments: one agency given to one evaluator, with rating progress. */
export interface AssignmentView {
  agencyId: number;
  agencyName: string;
  agencyCode: string;
  batch: Batch;
  evaluatorId: number;
  evaluatorName: string;
  /** Rated items out of all items of the agency. */
  rated: number;
  total: number;
  /** When the evaluator marked the agency done; null while the evaluation runs. */
  evaluatedAt: string | null;
}

/** GET /api/periods/{periodId}/assignments/workload: one row per active evaluator. */
export interface WorkloadView {
  evaluatorId: number;
  username: string;
  displayName: string;
  agencies: number;
  agenciesDone: number;
  items: number;
  rated: number;
  unrated: number;
  /** Follow-ups of the evaluator's agencies answered by the agency and waiting for his decision. */
  awaitingDecision: number;
}

/** PUT /api/periods/{periodId}/assignments: these agencies go to this evaluator (from any previous one). */
export interface AssignRequest {
  evaluatorId: number;
  agencyIds: number[];
}

/** PUT /api/periods/{periodId}/assignments → 200. */
export interface AssignResult {
  assigned: number;
}
