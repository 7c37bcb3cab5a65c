import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, ValidateIf } from 'class-validator';
import { CADENCES, PILLAR_CODES } from '@pantau/domain';
import type { Cadence, CreateItemRequest, ItemListParams, PillarCode, UpdateItemRequest } from '@pantau/domain';
import { LimitedText } from '../../common/limited-text';
import { MAX_ID } from '../../common/id.pipe';

export class CreateItemDto implements CreateItemRequest {
  @ApiProperty({ enum: PILLAR_CODES })
  @IsIn(PILLAR_CODES, { message: `pillar must be one of ${PILLAR_CODES.join(', ')}` })
  pillar!: PillarCode;

  @ApiProperty()
  @IsString()
  @LimitedText('itemTitle')
  title!: string;

  @ApiPropertyOptional({ type: 'string', nullable: true })
  @IsOptional()
  @IsString()
  @LimitedText('itemDescription')
  description?: string | null;

  @ApiPropertyOptional({ enum: CADENCES, default: 'monthly' })
  @IsOptional()
  @IsIn(CADENCES, { message: `cadence must be one of ${CADENCES.join(', ')}` })
  cadence?: Cadence;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Responsible work unit (OPD) of the agency' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  workUnitId?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Instrument criterion of the same pillar' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  criterionId?: number | null;
}

export class UpdateItemDto implements UpdateItemRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @LimitedText('itemTitle')
  title?: string;

  @ApiPropertyOptional({ type: 'string', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @LimitedText('itemDescription')
  description?: string | null;

  @ApiPropertyOptional({ enum: CADENCES })
  @IsOptional()
  @IsIn(CADENCES, { message: `cadence must be one of ${CADENCES.join(', ')}` })
  cadence?: Cadence;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  workUnitId?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
  criterionId?: number | null;
}

export class ItemListQuery implements ItemListParams {
  @ApiPropertyOptional({ enum: PILLAR_CODES })
  @IsOptional()
  @IsIn(PILLAR_CODES, { message: `pillar must be one of ${PILLAR_CODES.join(', ')}` })
  pillar?: PillarCode;
}
