import { ApiProperty } from '@nestjs/swagger';
import { RATING_COLORS } from '@pantau/domain';
import type {
  BulkRatedItem,
  BulkRatingsResult,
  PersonRef,
  RatingColor,
  RatingResult,
  RatingView,
} from '@pantau/domain';

export class PersonRefDto implements PersonRef {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty()
  displayName!: string;
}

export class RatingViewDto implements RatingView {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ enum: RATING_COLORS })
  color!: RatingColor;

  @ApiProperty({ type: 'integer', description: 'red 0, yellow 1, green 2' })
  points!: number;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  recommendation!: string | null;

  @ApiProperty({ type: PersonRefDto, nullable: true, description: 'Null when the rating records no evaluator' })
  evaluator!: PersonRefDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: 'integer', description: "The item's version this rating made" })
  version!: number;
}

export class RatingResultDto implements RatingResult {
  @ApiProperty({ type: RatingViewDto })
  rating!: RatingViewDto;

  @ApiProperty({ type: 'integer', description: "The item's new version: send it as expectedVersion next time" })
  version!: number;
}

export class BulkRatedItemDto extends RatingResultDto implements BulkRatedItem {
  @ApiProperty({ type: 'integer' })
  itemId!: number;
}

export class BulkRatingsResultDto implements BulkRatingsResult {
  @ApiProperty({ type: [BulkRatedItemDto], description: "In the order of the request's rows" })
  results!: BulkRatedItemDto[];
}
