import { ApiProperty } from '@nestjs/swagger';
import { PILLAR_CODES } from '@pantau/domain';
import type { IndexSnapshot, PillarCode, PillarScore, SurveyScores, TrendPoint, TrendResponse } from '@pantau/domain';
import { AgencySummaryDto } from '../../agencies/dto/agency.response';
import { SCORE_NOTE } from './matrix.response';

export class PillarScoreDto implements PillarScore {
  @ApiProperty({ enum: PILLAR_CODES })
  pillar!: PillarCode;

  @ApiProperty({ type: 'number', nullable: true, description: SCORE_NOTE })
  score!: number | null;
}

export class SurveyScoresDto implements SurveyScores {
  @ApiProperty({ type: 'number', nullable: true })
  valuesAlignment!: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  engagement!: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  employerBranding!: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  overall!: number | null;
}

export class TrendPointDto implements TrendPoint {
  @ApiProperty({ type: 'integer' })
  periodId!: number;

  @ApiProperty()
  periodName!: string;

  @ApiProperty({ type: 'integer' })
  year!: number;

  @ApiProperty({ type: 'number', nullable: true, description: SCORE_NOTE })
  index!: number | null;

  @ApiProperty({ type: [PillarScoreDto] })
  pillars!: PillarScoreDto[];

  @ApiProperty({
    type: SurveyScoresDto,
    nullable: true,
    description: 'The BerAKHLAK index survey (0–100); null when not imported',
  })
  survey!: SurveyScoresDto | null;
}

export class IndexSnapshotDto implements IndexSnapshot {
  @ApiProperty({ format: 'date', description: 'The day of the snapshot' })
  takenAt!: string;

  @ApiProperty({ type: 'integer' })
  periodId!: number;

  @ApiProperty({ type: 'number', nullable: true })
  index!: number | null;
}

export class TrendResponseDto implements TrendResponse {
  @ApiProperty({ type: AgencySummaryDto })
  agency!: AgencySummaryDto;

  @ApiProperty({ type: [TrendPointDto], description: 'One point per period past draft, oldest first' })
  points!: TrendPointDto[];

  @ApiProperty({ type: [IndexSnapshotDto], description: 'Nightly snapshots of the index' })
  snapshots!: IndexSnapshotDto[];
}
