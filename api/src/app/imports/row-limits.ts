import { FIELD_LIMITS } from '@pantau/domain';
import type { LimitedField, TextLimit } from '@pantau/domain';
import type { RowErrors } from './import-report';
import { rowErrors } from './import-report';

/**
 * A cell's length against FIELD_LIMITS, the same rule the forms and the API follow; adds the row error
 * (with its code) and answers true when the cell does not fit.
 */
export function checkLength(
  err: ReturnType<typeof rowErrors>,
  column: string,
  field: LimitedField,
  value: string,
  what: string,
): boolean {
  const { min, max }: TextLimit = FIELD_LIMITS[field];
  if (min !== undefined && value.length < min) {
    err(column, 'cell-too-short', { limit: min }, `${what} is shorter than ${min} characters`);
    return true;
  }
  if (value.length > max) {
    err(column, 'cell-too-long', { limit: max }, `${what} is longer than ${max} characters`);
    return true;
  }
  return false;
}

export type { RowErrors };
