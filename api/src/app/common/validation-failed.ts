import { getMetadataStorage, ValidationError } from 'class-validator';
import type { ValidationField } from '@pantau/domain';
import { apiError, ApiError } from './api-error';

/** Rules whose first constraint is a number the user should know (a length, a bound, a count). */
const LIMITED = new Set(['minLength', 'maxLength', 'min', 'max', 'arrayMinSize', 'arrayMaxSize']);

/** The first constraint of `rule` on the property, read from the DTO class's validation metadata. */
function constraintOf(target: object | undefined, property: string, rule: string): unknown {
  if (!target) return undefined;
  const rules = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  return rules.find((r) => r.propertyName === property && (r.name === rule || r.type === rule))?.constraints?.[0];
}

function fieldOf(e: ValidationError, path: string, rule: string): ValidationField {
  const constraint = constraintOf(e.target, e.property, rule);
  // @Matches(/\S/) is how the DTOs say "not blank": the user needs those words, not "wrong format".
  if (rule === 'matches' && constraint instanceof RegExp && constraint.source === '\\S') {
    return { field: path, rule: 'notBlank' };
  }
  return LIMITED.has(rule) && typeof constraint === 'number'
    ? { field: path, rule, limit: constraint }
    : { field: path, rule };
}

function walk(errors: ValidationError[], prefix: string): Array<{ field: ValidationField; message: string }> {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      field: fieldOf(e, path, rule),
      message,
    }));
    return [...own, ...walk(e.children ?? [], path)];
  });
}

/** The validation pipe's answer: English sentences in `message`, and per field the rule broken and its limit. */
export function validationFailed(errors: ValidationError[]): ApiError<'validation-failed'> {
  const problems = walk(errors, '');
  return apiError(
    400,
    'validation-failed',
    { fields: problems.map((p) => p.field) },
    problems.map((p) => p.message),
  );
}
