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
