import type { RatingColor } from '../ratings';

/** Who rated: the evaluator, as the rating history names them. */
export interface PersonRef {
  id: number;
  displayName: string;
}

export interface RatingView {
  id: number;
  color: RatingColor;
  points: number;
  note: string | null;
  recommendation: string | null;
  evaluator: PersonRef | null;
  createdAt: string;
  version: number;
}

/** POST /api/items/{id}/ratings body. `expectedVersion` is the item version the evaluator saw. */
export interface RateRequest {
  color: RatingColor;
  note?: string;
  recommendation?: string;
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

/** One row of POST /api/periods/{periodId}/ratings:bulk. */
export interface BulkRatingRow extends RateRequest {
  itemId: number;
}

/** POST /api/periods/{periodId}/ratings:bulk body: all or nothing. */
export interface BulkRatingsRequest {
  ratings: BulkRatingRow[];
}

export interface BulkRatedItem extends RatingResult {
  itemId: number;
}

/** POST /api/periods/{periodId}/ratings:bulk → 201, in the order of the request's rows. */
export interface BulkRatingsResult {
  results: BulkRatedItem[];
}
