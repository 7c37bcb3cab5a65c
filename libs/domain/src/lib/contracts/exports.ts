import type { MatrixParams } from './matrix';

/** GET /api/periods/{periodId}/matrix.{format}. */
export const MATRIX_EXPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type MatrixExportFormat = (typeof MATRIX_EXPORT_FORMATS)[number];

/** GET /api/periods/{periodId}/agencies/{agencyId}/items.{format}. */
export const ITEM_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ItemExportFormat = (typeof ITEM_EXPORT_FORMATS)[number];

/** GET /api/audit.{format}. */
export const AUDIT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

/** The matrix's filters and sort: an export holds every matching agency, so no paging. */
export type MatrixExportParams = Omit<MatrixParams, 'page' | 'pageSize'>;
