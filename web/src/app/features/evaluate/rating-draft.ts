import { HttpErrorResponse } from '@angular/common/http';
import { ItemView, RatingColor, RatingConflictBody, RatingView } from '@pantau/domain';

/** What the evaluator has chosen and typed for one item, saved or not. */
export interface RatingDraft {
  color: RatingColor | null;
  note: string;
  recommendation: string;
}

export interface ConflictInfo {
  /** The rating someone else saved first (null if the item changed without a rating). */
  current: RatingView | null;
  /** The item's version now: resending with it keeps the user's choice. */
  version: number;
}

export type SaveState =
  | { state: 'saving' }
  | { state: 'saved'; at: string }
  | { state: 'error'; error: unknown }
  | { state: 'conflict'; conflict: ConflictInfo };

export function draftFrom(item: ItemView): RatingDraft {
  return {
    color: item.rating?.color ?? null,
    note: item.rating?.note ?? '',
    recommendation: item.rating?.recommendation ?? '',
  };
}

/** True when the draft differs from the item's stored rating. */
export function isDirty(draft: RatingDraft, item: ItemView): boolean {
  const saved = draftFrom(item);
  return (
    draft.color !== saved.color ||
    draft.note.trim() !== saved.note.trim() ||
    draft.recommendation.trim() !== saved.recommendation.trim()
  );
}

/** A 409 that carries the item's new version is a rating conflict; other 409s are plain refusals. */
export function conflictFrom(err: unknown): ConflictInfo | null {
  if (!(err instanceof HttpErrorResponse) || err.status !== 409) return null;
  const body = err.error as Partial<RatingConflictBody> | null;
  if (!body || typeof body.version !== 'number') return null;
  return { current: body.current ?? null, version: body.version };
}
