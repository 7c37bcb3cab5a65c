import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { BATCHES, ROLES } from '@pantau/domain';
import type { Batch, Role } from '@pantau/domain';

export class CreateUserDto {
  @ApiProperty({ example: 'analis.barat', description: '3–40 characters: lowercase letters, digits, . _ -' })
  @IsString()
  @Matches(/^[a-z0-9._-]{3,40}$/, {
    message: 'username must be 3–40 lowercase letters, digits, dots, underscores or dashes',
  })
  username!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  @MaxLength(120)
  displayName!: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: 'Required for role agency' })
  @ValidateIf((o: CreateUserDto) => o.role === 'agency' || o.agencyId !== undefined)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  agencyId?: number;

  @ApiPropertyOptional({ enum: BATCHES, description: 'Limits a leadership user to one batch' })
  @IsOptional()
  @IsIn(BATCHES)
  batch?: Batch;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @Matches(/\S/, { message: 'displayName must not be blank' })
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  agencyId?: number | null;

  @ApiPropertyOptional({ enum: BATCHES, nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsIn(BATCHES)
  batch?: Batch | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class ResetPasswordDto {
  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  password!: string;
}
