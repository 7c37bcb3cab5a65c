import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { BATCHES } from '@pantau/domain';
import { QueryId } from '../../common/id-field';
import { LimitedText } from '../../common/limited-text';
import type { Batch, FollowUpNoteRequest, FollowUpReminderRequest, FollowUpSummaryParams } from '@pantau/domain';

export class FollowUpReminderDto implements FollowUpReminderRequest {
  @ApiPropertyOptional({ description: 'A line for the agency team, added to the reminder' })
  @IsOptional()
  @IsString()
  @LimitedText('coordinationMessage')
  message?: string;
}

export class FollowUpNoteDto implements FollowUpNoteRequest {
  @ApiProperty({ description: 'The note, for the agency team and the history' })
  @IsString()
  @Matches(/\S/, { message: 'text must not be empty' })
  @LimitedText('coordinationNote')
  text!: string;
}

export class FollowUpSummaryQuery implements FollowUpSummaryParams {
  @QueryId('The period', { required: true })
  periodId!: number;

  @ApiPropertyOptional({ enum: BATCHES })
  @IsOptional()
  @IsIn(BATCHES, { message: `batch must be one of ${BATCHES.join(', ')}` })
  batch?: Batch;
}
