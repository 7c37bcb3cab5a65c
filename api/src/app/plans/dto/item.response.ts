import { ApiProperty } from '@nestjs/swagger';
import { CADENCES, PILLAR_CODES } from '@pantau/domain';
import type { Cadence, EvaluationDoneResult, ItemView, PillarCode } from '@pantau/domain';
import { WorkUnitRefDto } from '../../agencies/dto/agency.response';
import { FollowUpViewDto } from '../../follow-ups/dto/follow-up.response';
import { PublicationSummaryDto, SuggestionViewDto } from '../../publications/dto/publication.response';
import { RatingViewDto } from '../../ratings/dto/rating.response';

export class ItemViewDto implements ItemView {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ type: 'integer' })
  planId!: number;

  @ApiProperty({ type: 'integer' })
  agencyId!: number;

  @ApiProperty({ type: 'integer' })
  periodId!: number;

  @ApiProperty({ enum: PILLAR_CODES })
  pillar!: PillarCode;

  @ApiProperty({ type: 'integer', nullable: true, description: "A criterion of the period's instrument" })
  criterionId!: number | null;

  @ApiProperty({ type: WorkUnitRefDto, nullable: true, description: 'The responsible work unit (OPD)' })
  workUnit!: WorkUnitRefDto | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: 'string', nullable: true })
  description!: string | null;

  @ApiProperty({ enum: CADENCES })
  cadence!: Cadence;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description:
      "Counts the item's ratings (send it as expectedVersion); null for agency teams until results are published",
  })
  version!: number | null;

  @ApiProperty({ type: RatingViewDto, nullable: true, description: 'The current rating, when visible to the user' })
  rating!: RatingViewDto | null;

  @ApiProperty({ type: PublicationSummaryDto })
  publications!: PublicationSummaryDto;

  @ApiProperty({
    type: SuggestionViewDto,
    nullable: true,
    description: 'The colour the publications suggest; null for agency teams',
  })
  suggestion!: SuggestionViewDto | null;

  @ApiProperty({ type: FollowUpViewDto, nullable: true })
  followUp!: FollowUpViewDto | null;
}

export class EvaluationDoneDto implements EvaluationDoneResult {
  @ApiProperty({ format: 'date-time' })
  evaluatedAt!: string;
}
