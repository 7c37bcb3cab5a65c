import type { Batch } from '../agencies';
import type { PillarCode } from '../pillars';
import type { CellColor } from '../ratings';
import type { ColorCounts } from '../scoring';
import type { AgencyFilterParams, AgencySummary } from './agencies';
import type { PagingParams } from './common';
import type { PeriodView } from './periods';

/** Items of a cell, an agency or a pillar by colour (grey: not rated yet). */
export type CountsByColor = ColorCounts;

export interface MatrixCell extends CountsByColor {
  pillar: PillarCode;
  score: number | null;
  color: CellColor;
}

export interface MatrixRow {
  agency: AgencySummary;
  index: number | null;
  color: CellColor;
  cells: MatrixCell[];
}

/** GET /api/periods/{periodId}/matrix. */
export interface MatrixResponse {
  period: PeriodView;
  pillars: PillarCode[];
  rows: MatrixRow[];
  total: number;
}

/** GET /api/periods/{periodId}/matrix query, and (without paging) its exports'. */
export interface MatrixParams extends AgencyFilterParams, PagingParams {
  /** A sort key (name, code, index or a pillar code), "-" first for descending. */
  sort?: string;
}

/** A pillar across the summary's agencies: the same figures as one agency's matrix cell. */
export type PillarSummary = MatrixCell;

export interface BatchSummary {
  batch: Batch;
  agencies: number;
  index: number | null;
  color: CellColor;
}

/** How many agencies have an index in [from, to). The last bucket, [90, 100], includes 100. */
export interface IndexBucket {
  from: number;
  to: number;
  agencies: number;
}

/** How many follow-ups are in each state, and how many of them are overdue. */
export interface FollowUpCounts {
  open: number;
  overdue: number;
  responded: number;
  accepted: number;
  rejected: number;
}

/** GET /api/periods/{periodId}/summary. */
export interface SummaryResponse {
  period: PeriodView;
  agencies: number;
  agenciesEvaluated: number;
  index: number | null;
  totals: CountsByColor;
  pillars: PillarSummary[];
  batches: BatchSummary[];
  /** Number of agencies whose index falls in each 10-point bucket, from [0,10) to [90,100]. */
  distribution: IndexBucket[];
  followUps: FollowUpCounts;
}

/** GET /api/periods/{periodId}/summary query. */
export interface SummaryParams {
  batch?: Batch;
}

export interface PillarScore {
  pillar: PillarCode;
  score: number | null;
}

/** The BerAKHLAK index survey of an agency in a period (0–100 each). */
export interface SurveyScores {
  valuesAlignment: number | null;
  engagement: number | null;
  employerBranding: number | null;
  overall: number | null;
}

export interface TrendPoint {
  periodId: number;
  periodName: string;
  year: number;
  index: number | null;
  pillars: PillarScore[];
  survey: SurveyScores | null;
}

/** A nightly snapshot of an agency's index. */
export interface IndexSnapshot {
  takenAt: string;
  periodId: number;
  index: number | null;
}

/** GET /api/agencies/{agencyId}/trend. */
export interface TrendResponse {
  agency: AgencySummary;
  points: TrendPoint[];
  snapshots: IndexSnapshot[];
}
