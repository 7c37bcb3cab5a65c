import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FOLLOW_UP_STATES, PILLAR_CODES, RATING_COLORS } from '@pantau/domain';
import { PageOf } from '../../common/page.response';
import type { FollowUpState, FollowUpView, Page, PillarCode, RatingColor } from '@pantau/domain';

export class FollowUpViewDto implements FollowUpView {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ type: 'integer' })
  itemId!: number;

  @ApiProperty({ type: 'integer' })
  agencyId!: number;

  @ApiProperty({ type: 'integer' })
  periodId!: number;

  @ApiProperty({ enum: FOLLOW_UP_STATES })
  state!: FollowUpState;

  @ApiProperty({ format: 'date', example: '2025-12-31' })
  dueDate!: string;

  @ApiProperty({ description: 'Past the due date and still open or rejected (by the server clock)' })
  overdue!: boolean;

  @ApiProperty({ type: 'string', nullable: true, description: "The agency's answer" })
  response!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  evidenceUrl!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  respondedAt!: string | null;

  @ApiProperty({ type: 'string', nullable: true, description: "The evaluator's note with the decision" })
  decisionNote!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  decidedAt!: string | null;

  @ApiPropertyOptional()
  itemTitle?: string;

  @ApiPropertyOptional({ enum: PILLAR_CODES })
  pillar?: PillarCode;

  @ApiPropertyOptional()
  agencyName?: string;

  @ApiPropertyOptional({
    enum: RATING_COLORS,
    nullable: true,
    description: "The item's current rating; null while results are hidden from the user",
  })
  ratingColor?: RatingColor | null;

  @ApiPropertyOptional({ type: 'string', nullable: true, description: 'The note of that rating' })
  ratingNote?: string | null;
}

export class FollowUpPageDto extends PageOf(FollowUpViewDto) implements Page<FollowUpView> {}
