import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, ValidateIf } from 'class-validator';
import { CADENCES, PILLAR_CODES } from '@pantau/domain';
import type { Cadence, CreateItemRequest, ItemListParams, PillarCode, UpdateItemRequest } from '@pantau/domain';
import { LimitedText } from '../../common/limited-text';
import { NullableBodyId } from '../../common/id-field';

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

  @NullableBodyId('Responsible work unit (OPD) of the agency')
  workUnitId?: number | null;

  @NullableBodyId('Instrument criterion of the same pillar')
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

  @NullableBodyId()
  workUnitId?: number | null;

  @NullableBodyId()
  criterionId?: number | null;
}

export class ItemListQuery implements ItemListParams {
  @ApiPropertyOptional({ enum: PILLAR_CODES })
  @IsOptional()
  @IsIn(PILLAR_CODES, { message: `pillar must be one of ${PILLAR_CODES.join(', ')}` })
  pillar?: PillarCode;
}
