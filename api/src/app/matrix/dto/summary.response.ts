import { ApiProperty } from '@nestjs/swagger';
import { BATCHES, CELL_COLORS } from '@pantau/domain';
import type { Batch, BatchSummary, CellColor, FollowUpCounts, IndexBucket, SummaryResponse } from '@pantau/domain';
import { PeriodViewDto } from '../../periods/dto/period.response';
import { ColorCountsDto } from './color-counts.response';
import { MatrixCellDto } from './matrix.response';

export class BatchSummaryDto implements BatchSummary {
  @ApiProperty({ enum: BATCHES })
  batch!: Batch;

  @ApiProperty({ type: 'integer' })
  agencies!: number;

  @ApiProperty({ type: 'number', nullable: true, description: 'Mean of the agency indexes of the batch' })
  index!: number | null;

  @ApiProperty({ enum: CELL_COLORS })
  color!: CellColor;
}

export class IndexBucketDto implements IndexBucket {
  @ApiProperty({ example: 80 })
  from!: number;

  @ApiProperty({ example: 90, description: 'Excluded, except 100 in the last bucket' })
  to!: number;

  @ApiProperty({ type: 'integer' })
  agencies!: number;
}

export class FollowUpCountsDto implements FollowUpCounts {
  @ApiProperty({ type: 'integer' })
  open!: number;

  @ApiProperty({ type: 'integer', description: 'Past the due date and still open or rejected' })
  overdue!: number;

  @ApiProperty({ type: 'integer' })
  responded!: number;

  @ApiProperty({ type: 'integer' })
  accepted!: number;

  @ApiProperty({ type: 'integer' })
  rejected!: number;
}

export class SummaryResponseDto implements SummaryResponse {
  @ApiProperty({ type: PeriodViewDto })
  period!: PeriodViewDto;

  @ApiProperty({ type: 'integer' })
  agencies!: number;

  @ApiProperty({ type: 'integer', description: 'Agencies marked done by their evaluator, or with every item rated' })
  agenciesEvaluated!: number;

  @ApiProperty({ type: 'number', nullable: true, description: 'National (or batch) index: mean of agency indexes' })
  index!: number | null;

  @ApiProperty({ type: ColorCountsDto })
  totals!: ColorCountsDto;

  @ApiProperty({ type: [MatrixCellDto], description: 'Each pillar over all the agencies of the summary' })
  pillars!: MatrixCellDto[];

  @ApiProperty({ type: [BatchSummaryDto] })
  batches!: BatchSummaryDto[];

  @ApiProperty({ type: [IndexBucketDto], description: 'Agencies per 10-point index bucket, [0,10) to [90,100]' })
  distribution!: IndexBucketDto[];

  @ApiProperty({ type: FollowUpCountsDto })
  followUps!: FollowUpCountsDto;
}
