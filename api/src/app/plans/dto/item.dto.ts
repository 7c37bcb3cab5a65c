import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { CADENCES, PILLAR_CODES } from '@pantau/domain';
import type { Cadence, CreateItemRequest, ItemListParams, PillarCode, UpdateItemRequest } from '@pantau/domain';

export class CreateItemDto implements CreateItemRequest {
  @ApiProperty({ enum: PILLAR_CODES })
  @IsIn(PILLAR_CODES, { message: `pillar must be one of ${PILLAR_CODES.join(', ')}` })
  pillar!: PillarCode;

  @ApiProperty({ maxLength: 300 })
  @IsString()
  @MinLength(3, { message: 'title must be at least 3 characters' })
  @MaxLength(300)
  title!: string;

  @ApiPropertyOptional({ type: 'string', nullable: true, maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
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
  @Max(2_147_483_647)
  workUnitId?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Instrument criterion of the same pillar' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  criterionId?: number | null;
}

export class UpdateItemDto implements UpdateItemRequest {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ type: 'string', nullable: true, maxLength: 4000 })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(4000)
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
  @Max(2_147_483_647)
  workUnitId?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  criterionId?: number | null;
}

export class ItemListQuery implements ItemListParams {
  @ApiPropertyOptional({ enum: PILLAR_CODES })
  @IsOptional()
  @IsIn(PILLAR_CODES, { message: `pillar must be one of ${PILLAR_CODES.join(', ')}` })
  pillar?: PillarCode;
}
