import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import {
  AGENCY_TYPES,
  BATCHES,
  FIELD_LIMITS,
  FOLLOW_UP_DECISIONS,
  FOLLOW_UP_SORTS,
  FOLLOW_UP_STATES,
  isRatingColor,
  PILLAR_CODES,
  RATING_COLORS,
} from '@pantau/domain';
import type {
  AgencyType,
  Batch,
  FollowUpDecision,
  FollowUpDecisionRequest,
  FollowUpListParams,
  FollowUpResponseRequest,
  FollowUpSort,
  FollowUpState,
  PillarCode,
  RatingColor,
} from '@pantau/domain';
import { LimitedText } from '../../common/limited-text';
import { PagingQuery } from '../../common/paging.dto';
import { QueryId } from '../../common/id-field';

export class FollowUpQuery extends PagingQuery implements FollowUpListParams {
  @QueryId()
  periodId?: number;

  @QueryId()
  agencyId?: number;

  @ApiPropertyOptional({ enum: FOLLOW_UP_STATES })
  @IsOptional()
  @IsIn(FOLLOW_UP_STATES, { message: `state must be one of ${FOLLOW_UP_STATES.join(', ')}` })
  state?: FollowUpState;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Overdue: past the due date and still open or rejected',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['me'], description: 'Only the agencies the calling evaluator is assigned to' })
  @IsOptional()
  @IsIn(['me'], { message: 'assigned must be me' })
  assigned?: 'me';

  @ApiPropertyOptional({ enum: BATCHES })
  @IsOptional()
  @IsIn(BATCHES, { message: `batch must be one of ${BATCHES.join(', ')}` })
  batch?: Batch;

  @QueryId('A province (agency id of type provinsi): the province and its kabupaten/kota')
  province?: number;

  @ApiPropertyOptional({ enum: AGENCY_TYPES })
  @IsOptional()
  @IsIn(AGENCY_TYPES, { message: `agencyType must be one of ${AGENCY_TYPES.join(', ')}` })
  agencyType?: AgencyType;

  @ApiPropertyOptional({ enum: PILLAR_CODES })
  @IsOptional()
  @IsIn(PILLAR_CODES, { message: `pillar must be one of ${PILLAR_CODES.join(', ')}` })
  pillar?: PillarCode;

  @ApiPropertyOptional({ description: "Words in the item's title or the agency's name" })
  @IsOptional()
  @IsString()
  @LimitedText('searchText')
  q?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_SORTS, default: 'due' })
  @IsOptional()
  @IsIn(FOLLOW_UP_SORTS, { message: `sort must be one of ${FOLLOW_UP_SORTS.join(', ')}` })
  sort?: FollowUpSort;
}

export class FollowUpResponseDto implements FollowUpResponseRequest {
  @ApiProperty({ description: 'What the agency has done about the item' })
  @IsString()
  @Matches(/\S/, { message: 'text must not be empty' })
  @LimitedText('followUpResponse')
  text!: string;

  @ApiProperty({ example: 'https://kalteng.go.id/tindak-lanjut/123' })
  @LimitedText('followUpEvidenceUrl')
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true },
    { message: 'evidenceUrl must be a full web address starting with http:// or https://' },
  )
  evidenceUrl!: string;
}

/** Accepting records a new rating, so it needs a colour; a rejection with a colour would silently lose it. */
@ValidatorConstraint({ name: 'colorMatchesDecision' })
class ColorMatchesDecision implements ValidatorConstraintInterface {
  validate(color: unknown, args: ValidationArguments): boolean {
    const decision = (args.object as FollowUpDecisionDto).decision;
    if (decision === 'accept') return isRatingColor(color);
    return decision !== 'reject' || color === undefined || color === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return (args.object as FollowUpDecisionDto).decision === 'accept'
      ? 'color is required when accepting: red, yellow or green'
      : 'color is only given when accepting; a rejection keeps the current rating';
  }
}

/** A rejection must tell the agency what is still missing; on acceptance the note is optional. */
@ValidatorConstraint({ name: 'noteMatchesDecision' })
class NoteMatchesDecision implements ValidatorConstraintInterface {
  validate(note: unknown, args: ValidationArguments): boolean {
    return noteProblem(note, (args.object as FollowUpDecisionDto).decision) === null;
  }

  defaultMessage(args: ValidationArguments): string {
    return noteProblem(args.value, (args.object as FollowUpDecisionDto).decision)!;
  }
}

function noteProblem(note: unknown, decision: unknown): string | null {
  const missing = note === undefined || note === null || (typeof note === 'string' && !/\S/.test(note));
  if (missing)
    return decision === 'reject' ? 'note is required when rejecting: tell the agency what is still missing' : null;
  if (typeof note !== 'string') return 'note must be text';
  const max = FIELD_LIMITS.followUpDecisionNote.max;
  return note.length > max ? `note must be at most ${max} characters` : null;
}

export class FollowUpDecisionDto implements FollowUpDecisionRequest {
  @ApiProperty({ enum: FOLLOW_UP_DECISIONS })
  @IsIn(FOLLOW_UP_DECISIONS, { message: 'decision must be accept or reject' })
  decision!: FollowUpDecision;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    maxLength: FIELD_LIMITS.followUpDecisionNote.max,
    description: 'Required when rejecting: tell the agency what is still missing',
  })
  @Validate(NoteMatchesDecision)
  note?: string | null;

  @ApiPropertyOptional({
    enum: RATING_COLORS,
    nullable: true,
    description: "Required when accepting (the item's new rating); absent when rejecting",
  })
  @Validate(ColorMatchesDecision)
  color?: RatingColor | null;
}
