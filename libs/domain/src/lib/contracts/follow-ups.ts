import type { AgencyType, Batch } from '../agencies';
import type { FollowUpDecision, FollowUpEventKind, FollowUpSort, FollowUpState } from '../follow-ups';
import type { PillarCode } from '../pillars';
import type { Role } from '../roles';
import type { RatingColor } from '../ratings';
import type { PagingParams, QueryFlag } from './common';
import type { FollowUpCounts } from './matrix';

export interface FollowUpView {
  id: number;
  itemId: number;
  agencyId: number;
  periodId: number;
  state: FollowUpState;
  dueDate: string;
  overdue: boolean;
  response: string | null;
  evidenceUrl: string | null;
  respondedAt: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
  itemTitle?: string;
  pillar?: PillarCode;
  agencyName?: string;
  ratingColor?: RatingColor | null;
  ratingNote?: string | null;
}

/** GET /api/follow-ups query. */
export interface FollowUpListParams extends PagingParams {
  periodId?: number;
  agencyId?: number;
  state?: FollowUpState;
  /** Past the due date and still open or rejected. */
  overdue?: QueryFlag;
  /** Only the agencies the calling evaluator is assigned to. */
  assigned?: 'me';
  batch?: Batch;
  /** A province's agency id: the province, its kabupaten/kota and their units. */
  province?: number;
  agencyType?: AgencyType;
  pillar?: PillarCode;
  /** Words in the item's title or the agency's name. */
  q?: string;
  sort?: FollowUpSort;
}

/** GET /api/follow-ups/summary query. */
export interface FollowUpSummaryParams {
  periodId: number;
  batch?: Batch;
}

/** POST /api/follow-ups/{id}/response body. */
export interface FollowUpResponseRequest {
  text: string;
  evidenceUrl: string;
}

/** POST /api/follow-ups/{id}/decision body: a colour when accepting, a note when rejecting. */
export interface FollowUpDecisionRequest {
  decision: FollowUpDecision;
  note?: string | null;
  color?: RatingColor | null;
}

/** GET /api/follow-ups: one page of the list, its total, and the counts per state for the same filter. */
export interface FollowUpPage {
  items: FollowUpView[];
  total: number;
  counts: FollowUpCounts;
}

/** One step in a follow-up's life, oldest first: opened, answered, decided, and the coordinators' reminders and notes. */
export interface FollowUpHistoryEntry {
  kind: 'opened' | 'response' | 'decision' | FollowUpEventKind;
  at: string;
  /** Who did it; null for what the system did (opening on publication). */
  by: FollowUpActor | null;
  text: string | null;
}

export interface FollowUpActor {
  id: number;
  displayName: string;
  role: Role;
}

/** POST /api/follow-ups/{id}/reminders body. */
export interface FollowUpReminderRequest {
  /** A line for the agency team, added to the reminder. */
  message?: string;
}

/** POST /api/follow-ups/{id}/notes body. */
export interface FollowUpNoteRequest {
  text: string;
}

/** How a region stands in the follow-up window. */
export interface FollowUpTally extends FollowUpCounts {
  total: number;
}

/** GET /api/follow-ups/summary: per batch and per province, the provinces with most overdue first. */
export interface FollowUpSummary {
  periodId: number;
  batches: FollowUpBatchTally[];
  provinces: FollowUpProvinceTally[];
}

export interface FollowUpBatchTally extends FollowUpTally {
  batch: Batch;
}

export interface FollowUpProvinceTally extends FollowUpTally {
  provinceId: number;
  name: string;
  batch: Batch;
}
