import { FIELD_LIMITS } from '@pantau/domain';
import type { LimitedField, TextLimit } from '@pantau/domain';

/** A cell's length against FIELD_LIMITS, the same rule the forms and the API follow; null when it fits. */
export function lengthProblem(field: LimitedField, value: string, what: string): string | null {
  const { min, max }: TextLimit = FIELD_LIMITS[field];
  if (min !== undefined && value.length < min) return `${what} is shorter than ${min} characters`;
  if (value.length > max) return `${what} is longer than ${max} characters`;
  return null;
}
