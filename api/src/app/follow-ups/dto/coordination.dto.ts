import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { BATCHES, FIELD_LIMITS } from '@pantau/domain';
import type { Batch, FollowUpNoteRequest, FollowUpReminderRequest, FollowUpSummaryParams } from '@pantau/domain';

const NOTE_MAX = FIELD_LIMITS.followUpDecisionNote.max;

export class FollowUpReminderDto implements FollowUpReminderRequest {
  @ApiPropertyOptional({ maxLength: NOTE_MAX, description: 'A line for the agency team, added to the reminder' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX, { message: `message must be at most ${NOTE_MAX} characters` })
  message?: string;
}

export class FollowUpNoteDto implements FollowUpNoteRequest {
  @ApiProperty({ minLength: 1, maxLength: NOTE_MAX })
  @IsString()
  @Matches(/\S/, { message: 'text must not be empty' })
  @MaxLength(NOTE_MAX, { message: `text must be at most ${NOTE_MAX} characters` })
  text!: string;
}

export class FollowUpSummaryQuery implements FollowUpSummaryParams {
  @ApiProperty()
  @Type(() => Number)
  @IsInt({ message: 'periodId must be a whole number' })
  @Min(1)
  @Max(2_147_483_647)
  periodId!: number;

  @ApiPropertyOptional({ enum: BATCHES })
  @IsOptional()
  @IsIn(BATCHES, { message: `batch must be one of ${BATCHES.join(', ')}` })
  batch?: Batch;
}
