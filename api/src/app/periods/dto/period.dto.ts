import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PERIOD_STATES } from '@pantau/domain';
import type { CreatePeriodRequest, PeriodState, TransitionRequest, UpdatePeriodRequest } from '@pantau/domain';

export class CreatePeriodDto implements CreatePeriodRequest {
  @ApiProperty({ example: 'Evaluasi Rencana Aksi BerAKHLAK 2026' })
  @IsString()
  @MinLength(3)
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(120)
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

  @ApiPropertyOptional({ default: 80 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  greenThreshold?: number;

  @ApiPropertyOptional({ default: 50 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  yellowThreshold?: number;

  @ApiPropertyOptional({ default: 30 })
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
  @MinLength(3)
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(120)
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
