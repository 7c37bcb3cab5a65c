import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';
import { MAX_ID } from './id.pipe';

const WHOLE = { message: '$property must be a positive whole number' };

/** The rule of every id a request names: a positive whole number that fits PostgreSQL's integer. */
const idRule = () => [IsInt(WHOLE), Min(1, WHOLE), Max(MAX_ID, { message: `$property must be at most ${MAX_ID}` })];

/** An id in the query string (text until converted), required or not. */
export function QueryId(description?: string, { required = false } = {}): PropertyDecorator {
  const doc = { type: 'integer', minimum: 1, maximum: MAX_ID, description } as const;
  return applyDecorators(
    required ? ApiProperty(doc) : ApiPropertyOptional(doc),
    ...(required ? [] : [IsOptional()]),
    Type(() => Number),
    ...idRule(),
  );
}

/** An id in a JSON body that may be left out, or set to null to clear it. */
export function NullableBodyId(description?: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_ID, nullable: true, description }),
    IsOptional(),
    ValidateIf((_, v) => v !== null),
    ...idRule(),
  );
}
