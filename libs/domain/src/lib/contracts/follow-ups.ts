import type { FollowUpDecision, FollowUpState } from '../follow-ups';
import type { PillarCode } from '../pillars';
import type { RatingColor } from '../ratings';
import type { PagingParams, QueryFlag } from './common';

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
