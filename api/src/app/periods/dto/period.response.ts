import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERIOD_STATES } from '@pantau/domain';
import type { PeriodState, PeriodView, Thresholds, TransitionResult } from '@pantau/domain';

export class ThresholdsDto implements Thresholds {
  @ApiProperty({ description: 'Scores at or above this percentage are green', example: 80 })
  green!: number;

  @ApiProperty({ description: 'Scores at or above this percentage (and below green) are yellow', example: 50 })
  yellow!: number;
}

export class PeriodViewDto implements PeriodView {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ example: 'Evaluasi Rencana Aksi BerAKHLAK 2025' })
  name!: string;

  @ApiProperty({ type: 'integer', example: 2025 })
  year!: number;

  @ApiProperty({ enum: PERIOD_STATES })
  state!: PeriodState;

  @ApiProperty({ type: ThresholdsDto })
  thresholds!: ThresholdsDto;

  @ApiProperty({ example: '2025.1' })
  instrumentVersion!: string;

  @ApiProperty({ description: "The instrument's criteria no longer change (a period using them has opened)" })
  instrumentFrozen!: boolean;

  @ApiProperty({ type: 'integer', description: 'Days an agency has to answer a follow-up' })
  followUpDays!: number;

  @ApiProperty({ description: 'Yellow items get a follow-up too, not only red ones' })
  followUpOnYellow!: boolean;

  @ApiProperty({ enum: PERIOD_STATES, isArray: true, description: 'The states this period may move to next' })
  allowedTransitions!: PeriodState[];
}

export class TransitionResultDto extends PeriodViewDto implements TransitionResult {
  @ApiPropertyOptional({ type: 'integer', description: 'On publishing: how many follow-ups were opened' })
  followUpsOpened?: number;
}
