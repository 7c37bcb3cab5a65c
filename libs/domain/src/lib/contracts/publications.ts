import type { Channel, Frequency } from '../publications';
import type { RatingColor } from '../ratings';

/** GET /api/items/{itemId}/publications/summary, and each item's `publications`. */
export interface PublicationSummary {
  frequency: Frequency;
  lastPublishedAt: string | null;
  channels: Channel[];
  count: number;
  overdue: boolean;
}

/** The colour the publication record suggests to the evaluator, and why. */
export interface SuggestionView {
  color: RatingColor;
  reason: string;
  reasonEn: string;
}

export interface PublicationView {
  id: number;
  itemId: number;
  channel: Channel;
  url: string | null;
  publishedAt: string;
  note: string | null;
}

/** POST /api/items/{id}/publications body. */
export interface CreatePublicationRequest {
  channel: Channel;
  url?: string | null;
  /** YYYY-MM-DD, not after today. */
  publishedAt: string;
  note?: string | null;
}
