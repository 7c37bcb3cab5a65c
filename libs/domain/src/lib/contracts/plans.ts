import type { PillarCode } from '../pillars';
import type { Cadence } from '../publications';
import type { WorkUnitRef } from './agencies';
import type { FollowUpView } from './follow-ups';
import type { PublicationSummary, SuggestionView } from './publications';
import type { RatingView } from './ratings';

export interface ItemView {
  id: number;
  planId: number;
  agencyId: number;
  periodId: number;
  pillar: PillarCode;
  criterionId: number | null;
  workUnit: WorkUnitRef | null;
  title: string;
  description: string | null;
  cadence: Cadence;
  /** Counts the item's ratings (optimistic concurrency); null for agency teams until results are published. */
  version: number | null;
  rating: RatingView | null;
  publications: PublicationSummary;
  suggestion: SuggestionView | null;
  followUp: FollowUpView | null;
}

/** GET /api/periods/{p}/agencies/{a}/items query. */
export interface ItemListParams {
  pillar?: PillarCode;
}

/** POST /api/periods/{p}/agencies/{a}/items body. */
export interface CreateItemRequest {
  pillar: PillarCode;
  title: string;
  description?: string | null;
  cadence?: Cadence;
  /** The agency's work unit (OPD) responsible for the item. */
  workUnitId?: number | null;
  /** A criterion of the same pillar in the period's instrument. */
  criterionId?: number | null;
}

/** PATCH /api/items/{id} body: any subset; the pillar does not change. */
export type UpdateItemRequest = Partial<Omit<CreateItemRequest, 'pillar'>>;

/** POST /api/periods/{p}/agencies/{a}/evaluation-done → 200. */
export interface EvaluationDoneResult {
  evaluatedAt: string;
}
