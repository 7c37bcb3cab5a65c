import type { PeriodState } from '../periods';
import type { Thresholds } from '../scoring';

export interface PeriodView {
  id: number;
  name: string;
  year: number;
  state: PeriodState;
  thresholds: Thresholds;
  instrumentVersion: string;
  instrumentFrozen: boolean;
  followUpDays: number;
  followUpOnYellow: boolean;
  allowedTransitions: PeriodState[];
}

/** POST /api/periods. */
export interface CreatePeriodRequest {
  name: string;
  year: number;
  instrumentVersion: string;
  greenThreshold?: number;
  yellowThreshold?: number;
  followUpDays?: number;
  followUpOnYellow?: boolean;
}

/** PATCH /api/periods/{id}. */
export type UpdatePeriodRequest = Partial<Omit<CreatePeriodRequest, 'year' | 'instrumentVersion'>>;

/** POST /api/periods/{id}/transition body. */
export interface TransitionRequest {
  to: PeriodState;
}

/** POST /api/periods/{id}/transition → 200: the period, and on publishing how many follow-ups were opened. */
export interface TransitionResult extends PeriodView {
  followUpsOpened?: number;
}

/** 409 body of a refused transition. */
export interface TransitionConflictBody {
  message: string;
  allowed: PeriodState[];
}
