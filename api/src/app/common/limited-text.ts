import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { MaxLength, MinLength } from 'class-validator';
import { FIELD_LIMITS } from '@pantau/domain';
import type { LimitedField, TextLimit } from '@pantau/domain';

/** The field's length rule from FIELD_LIMITS (libs/domain): validation and OpenAPI schema from the same numbers. */
export function LimitedText(field: LimitedField): PropertyDecorator {
  const { min, max }: TextLimit = FIELD_LIMITS[field];
  return applyDecorators(
    ApiProperty({ minLength: min, maxLength: max }),
    ...(min ? [MinLength(min, { message: `$property must be at least ${min} characters` })] : []),
    MaxLength(max, { message: `$property must be at most ${max} characters` }),
  );
}
