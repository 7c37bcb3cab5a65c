export const PERIOD_STATES = ['draft', 'open', 'evaluation', 'published', 'follow-up', 'closed'] as const;
export type PeriodState = (typeof PERIOD_STATES)[number];

/** The brief's lifecycle: each state may move only to the next one. */
export const PERIOD_TRANSITIONS: Readonly<Record<PeriodState, readonly PeriodState[]>> = {
  draft: ['open'],
  open: ['evaluation'],
  evaluation: ['published'],
  published: ['follow-up'],
  'follow-up': ['closed'],
  closed: [],
};

export const PERIOD_STATE_NAMES: Readonly<Record<PeriodState, { id: string; en: string }>> = {
  draft: { id: 'Draf', en: 'Draft' },
  open: { id: 'Pengisian rencana aksi', en: 'Open for submissions' },
  evaluation: { id: 'Evaluasi', en: 'Under evaluation' },
  published: { id: 'Hasil dipublikasikan', en: 'Results published' },
  'follow-up': { id: 'Tindak lanjut', en: 'Follow-up window' },
  closed: { id: 'Ditutup', en: 'Closed' },
};

export function isPeriodState(value: unknown): value is PeriodState {
  return typeof value === 'string' && (PERIOD_STATES as readonly string[]).includes(value);
}

export function allowedTransitions(from: PeriodState): readonly PeriodState[] {
  return PERIOD_TRANSITIONS[from];
}

export function canTransition(from: PeriodState, to: PeriodState): boolean {
  return PERIOD_TRANSITIONS[from].includes(to);
}

/** Agency teams may change their plan only while the period is open. */
export function planEditable(state: PeriodState): boolean {
  return state === 'open';
}

/** Ratings and evaluator notes become visible to the agency once results are published. */
export function resultsVisibleToAgency(state: PeriodState): boolean {
  return state === 'published' || state === 'follow-up' || state === 'closed';
}

/** Evaluators rate during evaluation; in follow-up only as re-ratings of followed-up items. */
export function ratingAllowed(state: PeriodState, itemHasFollowUp: boolean): boolean {
  return state === 'evaluation' || (state === 'follow-up' && itemHasFollowUp);
}
