import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './sessions';

/** A text field's length rule, shared by the API's DTOs, the imports and the web's validators. */
export interface TextLimit {
  /** Shortest accepted value after trimming; absent when the field may be empty. */
  min?: number;
  max: number;
}

/** Every text field's limits, defined once. */
export const FIELD_LIMITS = {
  itemTitle: { min: 3, max: 300 },
  itemDescription: { max: 4000 },
  ratingNote: { max: 4000 },
  ratingRecommendation: { max: 4000 },
  publicationUrl: { max: 2000 },
  publicationNote: { max: 2000 },
  followUpResponse: { min: 1, max: 4000 },
  followUpEvidenceUrl: { max: 2000 },
  followUpDecisionNote: { max: 4000 },
  /** A provincial coordinator's reminder line or note to an agency team. */
  coordinationMessage: { max: 2000 },
  coordinationNote: { min: 1, max: 2000 },
  periodName: { min: 3, max: 120 },
  displayName: { min: 1, max: 120 },
  username: { min: 3, max: 40 },
  password: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH },
  /** A reason given for an exceptional action (publishing incomplete results, reopening). */
  reason: { min: 10, max: 2000 },
  searchText: { max: 100 },
  /** Names that arrive only through imports. */
  agencyName: { min: 1, max: 300 },
  workUnitName: { max: 200 },
} as const satisfies Record<string, TextLimit>;

export type LimitedField = keyof typeof FIELD_LIMITS;

/** Usernames: lowercase letters, digits, dots, underscores and dashes, as long as FIELD_LIMITS.username allows. */
export const USERNAME_PATTERN = new RegExp(`^[a-z0-9._-]{${FIELD_LIMITS.username.min},${FIELD_LIMITS.username.max}}$`);
