import {
  AgencySummary,
  Batch,
  Cadence,
  Channel,
  FollowUpDecision,
  ImportReport,
  JobRunView,
  NotificationView,
  Page,
  PeriodState,
  PeriodView,
  PillarCode,
  RatingColor,
  RatingView,
  Role,
} from '@pantau/domain';

// Shapes the web reads or sends that libs/domain/src/lib/contracts.ts does not define yet. They mirror the
// API's own interfaces and DTOs (api/src/app/**), which web may not import. Move them to the contracts, and
// delete them here, once the API settles on them.

/** GET /api/agencies/{id} (agencies.controller.ts AgencyDetail). */
export interface AgencyDetail extends AgencySummary {
  provinceCode: string | null;
  workUnits: Array<{ id: number; name: string }>;
}

/** GET /api/periods/{periodId}/assignments: one agency given to one evaluator, with rating progress. */
export interface AssignmentView {
  agencyId: number;
  agencyName: string;
  agencyCode: string;
  batch: Batch;
  evaluatorId: number;
  evaluatorName: string;
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
  awaitingDecision: number;
}

/** PUT /api/periods/{periodId}/assignments. */
export interface AssignRequest {
  evaluatorId: number;
  agencyIds: number[];
}

/** POST /api/items/{id}/ratings body. `expectedVersion` is the item version the evaluator saw. */
export interface RateRequest {
  color: RatingColor;
  note: string;
  recommendation: string;
  expectedVersion: number;
}

/** POST /api/items/{id}/ratings → 201. */
export interface RatingResult {
  rating: RatingView;
  version: number;
}

/**
 * 409 body of POST /api/items/{id}/ratings when someone rated first. When the period does not accept
 * ratings the body is a plain error without `version`.
 */
export interface RatingConflictBody {
  statusCode: 409;
  message: string;
  current: RatingView | null;
  version: number;
}

/** POST /api/periods/{p}/agencies/{a}/evaluation-done → 200. */
export interface EvaluationDoneResult {
  evaluatedAt: string;
}

/** POST /api/items/{id}/publications body. */
export interface CreatePublicationRequest {
  channel: Channel;
  url: string | null;
  /** YYYY-MM-DD, not after today. */
  publishedAt: string;
  note: string | null;
}

/** POST /api/periods/{p}/agencies/{a}/items body; PATCH /api/items/{id} takes any subset. */
export interface ItemRequest {
  pillar: PillarCode;
  title: string;
  description: string | null;
  cadence: Cadence;
  workUnitId: number | null;
}

/** POST /api/follow-ups/{id}/response body. */
export interface FollowUpResponseRequest {
  text: string;
  evidenceUrl: string;
}

/** POST /api/follow-ups/{id}/decision body: a colour when accepting, a note when rejecting. */
export interface FollowUpDecisionRequest {
  decision: FollowUpDecision;
  note: string | null;
  color: RatingColor | null;
}

/** GET /api/notifications. */
export interface NotificationList extends Page<NotificationView> {
  unread: number;
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

/** POST /api/users. */
export interface CreateUserRequest {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  agencyId?: number;
  batch?: Batch;
}

/** PATCH /api/users/{id}. */
export interface UpdateUserRequest {
  displayName?: string;
  role?: Role;
  agencyId?: number | null;
  batch?: Batch | null;
  disabled?: boolean;
}

/** POST /api/periods. */
export interface CreatePeriodRequest {
  name: string;
  year: number;
  instrumentVersion: string;
  greenThreshold?: number;
  yellowThreshold?: number;
  followUpDays?: number;
  followUpOnYellow?: boolean;
}

/** PATCH /api/periods/{id}. */
export type UpdatePeriodRequest = Partial<Omit<CreatePeriodRequest, 'year' | 'instrumentVersion'>>;

/** POST /api/periods/{id}/transition → 200: the period, and on publishing how many follow-ups were opened. */
export interface TransitionResult extends PeriodView {
  followUpsOpened?: number;
}

/** 409 body of a refused transition. */
export interface TransitionConflictBody {
  message: string;
  allowed: PeriodState[];
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

export const IMPORT_KINDS = ['items', 'agencies', 'survey'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** POST /api/imports/{kind} → 200 (dry run) / 201, and the 422 body when rows have errors. */
export interface ImportResult extends ImportReport {
  importId: string;
  dryRun: boolean;
}

export type ImportPhase = 'reserved' | 'queued' | 'reading' | 'validating' | 'writing' | 'scoring' | 'done' | 'failed';

/** GET /api/imports/{importId}/progress. */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
  /** While queued: the place in line, 1 for the next import to run. */
  position?: number;
}
