import { AgencyType, Batch } from './agencies';
import { ErrorCode, ErrorParams } from './errors';
import { FollowUpState } from './follow-ups';
import { PeriodState } from './periods';
import { PillarCode } from './pillars';
import { Cadence, Channel, Frequency } from './publications';
import { CellColor, RatingColor } from './ratings';
import { Role } from './roles';
import { Thresholds } from './scoring';

/** Every error answer of the API: a stable `code` (with its `params`) that clients word, beside English. */
export interface ErrorResponse<C extends ErrorCode = ErrorCode> {
  statusCode: number;
  /** English, for logs and API users; a validation answer lists one sentence per problem. */
  message: string | string[];
  error: string;
  code: C;
  params?: ErrorParams[C];
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  agencyId: number | null;
  batch: Batch | null;
}

export interface LoginResponse {
  accessToken: string;
  user: SessionUser;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  db: 'up' | 'down';
}

export interface AgencySummary {
  id: number;
  code: string;
  name: string;
  type: AgencyType;
  batch: Batch;
  parentId: number | null;
}

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

export interface MatrixCell {
  pillar: PillarCode;
  score: number | null;
  color: CellColor;
  red: number;
  yellow: number;
  green: number;
  grey: number;
}

export interface MatrixRow {
  agency: AgencySummary;
  index: number | null;
  color: CellColor;
  cells: MatrixCell[];
}

export interface MatrixResponse {
  period: PeriodView;
  pillars: PillarCode[];
  rows: MatrixRow[];
  total: number;
}

export interface CountsByColor {
  red: number;
  yellow: number;
  green: number;
  grey: number;
}

export interface SummaryResponse {
  period: PeriodView;
  agencies: number;
  agenciesEvaluated: number;
  index: number | null;
  totals: CountsByColor;
  pillars: Array<{ pillar: PillarCode; score: number | null; color: CellColor } & CountsByColor>;
  batches: Array<{ batch: Batch; agencies: number; index: number | null; color: CellColor }>;
  /** Number of agencies whose index falls in each 10-point bucket, from [0,10) to [90,100]. */
  distribution: Array<{ from: number; to: number; agencies: number }>;
  followUps: { open: number; overdue: number; responded: number; accepted: number; rejected: number };
}

export interface RatingView {
  id: number;
  color: RatingColor;
  points: number;
  note: string | null;
  recommendation: string | null;
  evaluator: { id: number; displayName: string } | null;
  createdAt: string;
  version: number;
}

export interface PublicationSummary {
  frequency: Frequency;
  lastPublishedAt: string | null;
  channels: Channel[];
  count: number;
  overdue: boolean;
}

export interface SuggestionView {
  color: RatingColor;
  reason: string;
  reasonEn: string;
}

export interface FollowUpView {
  id: number;
  itemId: number;
  agencyId: number;
  periodId: number;
  state: FollowUpState;
  dueDate: string;
  overdue: boolean;
  response: string | null;
  evidenceUrl: string | null;
  respondedAt: string | null;
  decisionNote: string | null;
  decidedAt: string | null;
  itemTitle?: string;
  pillar?: PillarCode;
  agencyName?: string;
  ratingColor?: RatingColor | null;
  ratingNote?: string | null;
}

export interface ItemView {
  id: number;
  planId: number;
  agencyId: number;
  periodId: number;
  pillar: PillarCode;
  criterionId: number | null;
  workUnit: { id: number; name: string } | null;
  title: string;
  description: string | null;
  cadence: Cadence;
  /** Counts the item's ratings (optimistic concurrency); null for agency teams until results are published. */
  version: number | null;
  rating: RatingView | null;
  publications: PublicationSummary;
  suggestion: SuggestionView | null;
  followUp: FollowUpView | null;
}

export interface PublicationView {
  id: number;
  itemId: number;
  channel: Channel;
  url: string | null;
  publishedAt: string;
  note: string | null;
}

export interface TrendPoint {
  periodId: number;
  periodName: string;
  year: number;
  index: number | null;
  pillars: Array<{ pillar: PillarCode; score: number | null }>;
  survey: {
    valuesAlignment: number | null;
    engagement: number | null;
    employerBranding: number | null;
    overall: number | null;
  } | null;
}

export interface TrendResponse {
  agency: AgencySummary;
  points: TrendPoint[];
  snapshots: Array<{ takenAt: string; periodId: number; index: number | null }>;
}

/** One problem in an imported file: where it is, its code and params for the user's language, and English. */
export interface ImportRowError<C extends ErrorCode = ErrorCode> {
  row: number;
  column: string;
  code: C;
  params?: ErrorParams[C];
  message: string;
}

export interface ImportReport {
  ok: boolean;
  kind: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
}

export interface JobRunView {
  id: number;
  job: string;
  startedAt: string;
  finishedAt: string | null;
  outcome: 'running' | 'succeeded' | 'failed' | 'skipped';
  counts: Record<string, number>;
  error: string | null;
}

export interface NotificationView {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}
