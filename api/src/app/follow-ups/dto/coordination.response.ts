import { ApiProperty } from '@nestjs/swagger';
import { BATCHES, ROLES } from '@pantau/domain';
import type {
  Batch,
  FollowUpActor,
  FollowUpBatchTally,
  FollowUpHistoryEntry,
  FollowUpPage,
  FollowUpProvinceTally,
  FollowUpSummary,
  FollowUpTally,
  Role,
} from '@pantau/domain';
import { FollowUpCountsDto } from '../../matrix/dto/summary.response';
import { FollowUpViewDto } from './follow-up.response';

export class FollowUpListDto implements FollowUpPage {
  @ApiProperty({ type: [FollowUpViewDto] })
  items!: FollowUpViewDto[];

  @ApiProperty({ type: 'integer', description: 'All follow-ups that match, in the chosen state when one is given' })
  total!: number;

  @ApiProperty({ type: FollowUpCountsDto, description: 'Per state for the same filter without the state' })
  counts!: FollowUpCountsDto;
}

export class FollowUpTallyDto extends FollowUpCountsDto implements FollowUpTally {
  @ApiProperty({ type: 'integer' })
  total!: number;
}

export class FollowUpBatchTallyDto extends FollowUpTallyDto implements FollowUpBatchTally {
  @ApiProperty({ enum: BATCHES })
  batch!: Batch;
}

export class FollowUpProvinceTallyDto extends FollowUpTallyDto implements FollowUpProvinceTally {
  @ApiProperty({ type: 'integer', description: "The province's agency id" })
  provinceId!: number;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: BATCHES })
  batch!: Batch;
}

export class FollowUpSummaryDto implements FollowUpSummary {
  @ApiProperty({ type: 'integer' })
  periodId!: number;

  @ApiProperty({ type: [FollowUpBatchTallyDto] })
  batches!: FollowUpBatchTallyDto[];

  @ApiProperty({ type: [FollowUpProvinceTallyDto], description: 'The largest share overdue first' })
  provinces!: FollowUpProvinceTallyDto[];
}

export class FollowUpActorDto implements FollowUpActor {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;
}

export class FollowUpHistoryEntryDto implements FollowUpHistoryEntry {
  @ApiProperty({ enum: ['opened', 'response', 'decision', 'reminder', 'note'] })
  kind!: FollowUpHistoryEntry['kind'];

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: FollowUpActorDto, nullable: true })
  by!: FollowUpActorDto | null;

  @ApiProperty({ type: 'string', nullable: true })
  text!: string | null;
}
