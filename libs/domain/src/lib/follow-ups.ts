import type { FollowUpView } from './contracts';

export const FOLLOW_UP_STATES = ['open', 'responded', 'accepted', 'rejected'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

export const FOLLOW_UP_DECISIONS = ['accept', 'reject'] as const;
export type FollowUpDecision = (typeof FOLLOW_UP_DECISIONS)[number];

export const DEFAULT_FOLLOW_UP_DAYS = 30;
/** Days before the due date on which the agency is reminded. */
export const REMINDER_DAYS = [7, 3, 1] as const;

export function isFollowUpOverdue(state: FollowUpState, dueDate: Date, now: Date): boolean {
  return (state === 'open' || state === 'rejected') && dueDate.getTime() < now.getTime();
}

/** States in which the agency still owes an answer. */
export const AWAITING_ANSWER_STATES = ['open', 'rejected'] as const satisfies readonly FollowUpState[];

export const FOLLOW_UP_EVENT_KINDS = ['reminder', 'note'] as const;
export type FollowUpEventKind = (typeof FOLLOW_UP_EVENT_KINDS)[number];

export const FOLLOW_UP_SORTS = ['due', 'agency', 'pillar'] as const;
export type FollowUpSort = (typeof FOLLOW_UP_SORTS)[number];

/** How many follow-ups of a list are in each state, and how many are overdue, for the same filter without state. */
export interface FollowUpCounts {
  open: number;
  responded: number;
  accepted: number;
  rejected: number;
  overdue: number;
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
  by: { id: number; displayName: string; role: string } | null;
  text: string | null;
}

/** POST /api/follow-ups/{id}/reminders and /notes. */
export interface FollowUpReminderRequest {
  message?: string;
}
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
  batches: Array<FollowUpTally & { batch: import('./agencies').Batch }>;
  provinces: Array<FollowUpTally & { provinceId: number; name: string; batch: import('./agencies').Batch }>;
}
