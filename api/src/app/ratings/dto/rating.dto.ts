import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { RATING_COLORS } from '@pantau/domain';
import type { BulkRatingRow, BulkRatingsRequest, RateRequest, RatingColor } from '@pantau/domain';
import { LimitedText } from '../../common/limited-text';
import { MAX_ID } from '../../common/id.pipe';

export class CreateRatingDto implements RateRequest {
  @ApiProperty({ enum: RATING_COLORS })
  @IsIn(RATING_COLORS, { message: 'color must be red, yellow or green' })
  color!: RatingColor;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @LimitedText('ratingNote')
  note?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @LimitedText('ratingRecommendation')
  recommendation?: string;

  @ApiProperty({ description: "The item's version the evaluator saw (0 before the first rating)" })
  @IsInt({ message: 'expectedVersion must be the whole-number version of the item you rated' })
  @Min(0)
  @Max(1_000_000)
  expectedVersion!: number;
}

export class BulkRatingRowDto extends CreateRatingDto implements BulkRatingRow {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  itemId!: number;
}

export class BulkRatingsDto implements BulkRatingsRequest {
  @ApiProperty({ type: [BulkRatingRowDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => BulkRatingRowDto)
  ratings!: BulkRatingRowDto[];
}
