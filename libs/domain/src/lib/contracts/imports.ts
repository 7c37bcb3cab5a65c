import type { ErrorCode, ErrorParams } from '../errors';
export const IMPORT_KINDS = ['agencies', 'items', 'survey'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_PHASES = [
  'reserved',
  'queued',
  'reading',
  'validating',
  'writing',
  'scoring',
  'done',
  'failed',
] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

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
  kind: ImportKind;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportRowError[];
}

/** POST /api/imports/{kind} → 200 (dry run) / 201, and the 422 body when rows have errors. */
export interface ImportResult extends ImportReport {
  importId: string;
  dryRun: boolean;
}

/** POST /api/imports/{kind} query. */
export interface ImportUploadParams {
  /** Validate and report without writing anything. */
  dryRun?: boolean;
  /** An id reserved with POST /api/imports/jobs; the server makes one when absent. */
  importId?: string;
  /** The period the rows belong to: required for items and survey. */
  periodId?: number;
}

/** POST /api/imports/jobs body. */
export interface ReserveImportRequest {
  kind: ImportKind;
  /** Required for items and survey, absent for agencies. */
  periodId?: number;
}

/** POST /api/imports/jobs → 201: upload under this id, then follow its progress. */
export interface ImportReservation {
  importId: string;
}

/** GET /api/imports/{importId}/progress. */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
  /** While queued: the place in line, 1 for the next import to run. */
  position?: number;
}
