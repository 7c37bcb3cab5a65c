import { ApiProperty } from '@nestjs/swagger';
import { BATCHES } from '@pantau/domain';
import type { AssignmentView, AssignResult, Batch, WorkloadView } from '@pantau/domain';

export class AssignmentViewDto implements AssignmentView {
  @ApiProperty({ type: 'integer' })
  agencyId!: number;

  @ApiProperty()
  agencyName!: string;

  @ApiProperty()
  agencyCode!: string;

  @ApiProperty({ enum: BATCHES })
  batch!: Batch;

  @ApiProperty({ type: 'integer' })
  evaluatorId!: number;

  @ApiProperty()
  evaluatorName!: string;

  @ApiProperty({ type: 'integer', description: "Rated items of the agency's plan" })
  rated!: number;

  @ApiProperty({ type: 'integer', description: "Items of the agency's plan" })
  total!: number;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'When the evaluator marked the agency done',
  })
  evaluatedAt!: string | null;
}

export class WorkloadViewDto implements WorkloadView {
  @ApiProperty({ type: 'integer' })
  evaluatorId!: number;

  @ApiProperty()
  username!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ type: 'integer', description: 'Agencies assigned in the period' })
  agencies!: number;

  @ApiProperty({ type: 'integer', description: 'Of those, marked done' })
  agenciesDone!: number;

  @ApiProperty({ type: 'integer' })
  items!: number;

  @ApiProperty({ type: 'integer' })
  rated!: number;

  @ApiProperty({ type: 'integer' })
  unrated!: number;

  @ApiProperty({ type: 'integer', description: 'Follow-ups of these agencies answered and waiting for a decision' })
  awaitingDecision!: number;
}

export class AssignResultDto implements AssignResult {
  @ApiProperty({ type: 'integer', description: 'Agencies this request assigned (each counted once)' })
  assigned!: number;
}
