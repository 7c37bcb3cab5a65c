import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, isISO8601, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { AUDIT_ACTION_PATTERN, AUDIT_PAGE_SIZE_MAX } from '@pantau/domain';
import type { AuditFilters, AuditListParams } from '@pantau/domain';
import { QueryId } from '../../common/id-field';

/** A date, or a time with its zone: a time without one would mean different instants to different readers. */
const DAY_OR_INSTANT = /^(19|2\d)\d{2}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** One message per field, whichever way the value is wrong (pattern, or a day such as 30 February). */
const IsDayOrInstant = () =>
  ValidateBy({
    name: 'isDayOrInstant',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && DAY_OR_INSTANT.test(v) && isISO8601(v, { strict: true }),
      defaultMessage: (a) =>
        `${a?.property} must be an ISO date such as 2025-01-31, or a time with its zone such as 2025-01-31T08:00:00Z`,
    },
  });

/** The filters shared by the list and the exports. */
export class AuditFilterQuery implements AuditFilters {
  @ApiPropertyOptional({ example: 'item', description: 'What the events concern: item, user, period, follow-up…' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z-]{1,40}$/, { message: 'entityType must be a lowercase word such as item, rating, period or user' })
  entityType?: string;

  @ApiPropertyOptional({ description: 'With entityType: the id of what the events concern' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entityId?: string;

  @QueryId('Events by this user (by id)')
  userId?: number;

  @ApiPropertyOptional({
    example: 'evaluator',
    maxLength: 60,
    description: 'Events by this username as recorded (also failed sign-ins with it); case does not matter',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._@-]{1,60}$/, {
    message: 'username must be 1–60 letters, digits, dots, underscores, @ or dashes',
  })
  username?: string;

  @ApiPropertyOptional({
    example: 'rating.created',
    maxLength: 60,
    description:
      'One action (rating.created) or, ending in a dot, every action of a group (login.); see /audit/actions',
  })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'action must be at most 60 characters' })
  @Matches(AUDIT_ACTION_PATTERN, {
    message: 'action must be an action such as rating.created, or a group ending in a dot such as login.',
  })
  action?: string;

  @QueryId('Events about this agency')
  agencyId?: number;

  @QueryId('Events about this period')
  periodId?: number;

  @ApiPropertyOptional({
    example: '2025-01-01',
    description: 'From this day (00:00 Jakarta time) or this instant, included',
  })
  @IsOptional()
  @IsDayOrInstant()
  from?: string;

  @ApiPropertyOptional({
    example: '2025-12-31',
    description: 'To the end of this day (Jakarta time) or this instant, included',
  })
  @IsOptional()
  @IsDayOrInstant()
  to?: string;
}

export class AuditQuery extends AuditFilterQuery implements AuditListParams {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_PAGE_SIZE_MAX, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1)
  @Max(AUDIT_PAGE_SIZE_MAX, { message: `pageSize must be at most ${AUDIT_PAGE_SIZE_MAX}` })
  pageSize?: number;
}
