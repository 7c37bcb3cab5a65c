import type { AgencyType, Batch } from '../agencies';
import type { PagingParams } from './common';

export interface AgencySummary {
  id: number;
  code: string;
  name: string;
  type: AgencyType;
  batch: Batch;
  parentId: number | null;
}

/** A work unit (OPD) of an agency, as items and agency details name it. */
export interface WorkUnitRef {
  id: number;
  name: string;
}

/** GET /api/agencies/{id}. */
export interface AgencyDetail extends AgencySummary {
  provinceCode: string | null;
  workUnits: WorkUnitRef[];
}

/** The agency filters of GET /api/agencies, the matrix and its exports. */
export interface AgencyFilterParams {
  batch?: Batch;
  type?: AgencyType;
  /** A two-digit province code (e.g. 62), or a province agency's id prefixed with "id:". */
  province?: string;
  /** Search by name or code. */
  q?: string;
}

/** GET /api/agencies query. */
export interface AgencyListParams extends AgencyFilterParams, PagingParams {}
