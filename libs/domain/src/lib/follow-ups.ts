import type { PeriodState } from './periods';
import type { CellColor } from './ratings';

export const FOLLOW_UP_STATES = ['open', 'responded', 'accepted', 'rejected'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** Waiting for the agency's answer: new, or sent back. Past its due date such a follow-up is overdue. */
export const AWAITING_ANSWER_STATES = ['open', 'rejected'] as const satisfies readonly FollowUpState[];

/** Not yet accepted: waiting for the agency or for the evaluator's decision. An item has at most one. */
export const ACTIVE_FOLLOW_UP_STATES = ['open', 'responded', 'rejected'] as const satisfies readonly FollowUpState[];

/** Period states in which agencies answer their follow-ups (and are reminded to). */
export const ANSWERING_PERIOD_STATES = ['published', 'follow-up'] as const satisfies readonly PeriodState[];

export const FOLLOW_UP_DECISIONS = ['accept', 'reject'] as const;
export type FollowUpDecision = (typeof FOLLOW_UP_DECISIONS)[number];

export const DEFAULT_FOLLOW_UP_DAYS = 30;
/** Days before the due date on which the agency is reminded. */
export const REMINDER_DAYS = [7, 3, 1] as const;

const within = (group: readonly string[], value: string) => group.includes(value);

export function awaitsAnswer(state: FollowUpState): boolean {
  return within(AWAITING_ANSWER_STATES, state);
}

export function isFollowUpActive(state: FollowUpState): boolean {
  return within(ACTIVE_FOLLOW_UP_STATES, state);
}

export function agenciesMayAnswer(period: PeriodState): boolean {
  return within(ANSWERING_PERIOD_STATES, period);
}

/** Evaluators decide answered follow-ups only in the follow-up window. */
export function evaluatorsMayDecide(period: PeriodState): boolean {
  return period === 'follow-up';
}

/** Publishing opens a follow-up for every red item, and for yellow ones when the period says so. */
export function needsFollowUp(color: CellColor, onYellow: boolean): boolean {
  return color === 'red' || (color === 'yellow' && onYellow);
}

/**
 * Past the due day and still waiting for the agency. Days are ISO dates (YYYY-MM-DD) in the server's calendar:
 * the API computes this (every follow-up carries `overdue`), so that browsers in other time zones agree with it.
 */
export function isFollowUpOverdue(state: FollowUpState, dueDay: string, today: string): boolean {
  return awaitsAnswer(state) && dueDay < today;
}

export const FOLLOW_UP_EVENT_KINDS = ['reminder', 'note'] as const;
export type FollowUpEventKind = (typeof FOLLOW_UP_EVENT_KINDS)[number];

export const FOLLOW_UP_SORTS = ['due', 'agency', 'pillar'] as const;
export type FollowUpSort = (typeof FOLLOW_UP_SORTS)[number];
