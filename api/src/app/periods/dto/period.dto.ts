import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DEFAULT_FOLLOW_UP_DAYS, DEFAULT_THRESHOLDS, PERIOD_STATES } from '@pantau/domain';
import type { CreatePeriodRequest, PeriodState, TransitionRequest, UpdatePeriodRequest } from '@pantau/domain';
import { LimitedText } from '../../common/limited-text';

export class CreatePeriodDto implements CreatePeriodRequest {
  @ApiProperty({ example: 'Evaluasi Rencana Aksi BerAKHLAK 2026' })
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @LimitedText('periodName')
  name!: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2020)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: '2026.1', description: 'Instrument version; created at stage "concept" when new' })
  @IsString()
  @Matches(/^[0-9A-Za-z.-]{1,20}$/, { message: 'instrumentVersion must be 1–20 letters, digits, dots or dashes' })
  instrumentVersion!: string;

  @ApiPropertyOptional({ default: DEFAULT_THRESHOLDS.green })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  greenThreshold?: number;

  @ApiPropertyOptional({ default: DEFAULT_THRESHOLDS.yellow })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  yellowThreshold?: number;

  @ApiPropertyOptional({ default: DEFAULT_FOLLOW_UP_DAYS })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  followUpDays?: number;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  followUpOnYellow?: boolean;
}

export class UpdatePeriodDto implements UpdatePeriodRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @LimitedText('periodName')
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  greenThreshold?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  yellowThreshold?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  followUpDays?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  followUpOnYellow?: boolean;
}

export class TransitionDto implements TransitionRequest {
  @ApiProperty({ enum: PERIOD_STATES })
  @IsIn(PERIOD_STATES, { message: `to must be one of ${PERIOD_STATES.join(', ')}` })
  to!: PeriodState;
}
