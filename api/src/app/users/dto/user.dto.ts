import { applyDecorators } from '@nestjs/common';
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
import { BATCHES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES } from '@pantau/domain';
import type { Batch, CreateUserRequest, ResetPasswordRequest, Role, UpdateUserRequest } from '@pantau/domain';

/** The rules every new password follows, whether an admin sets it or the user changes their own. */
export const NewPassword = () =>
  applyDecorators(
    ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH }),
    IsString(),
    MinLength(PASSWORD_MIN_LENGTH, { message: `$property must be at least ${PASSWORD_MIN_LENGTH} characters` }),
    MaxLength(PASSWORD_MAX_LENGTH),
  );

export class CreateUserDto implements CreateUserRequest {
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

  @NewPassword()
  password!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: 'Required for roles agency and coordinator (a province)' })
  @ValidateIf((o: CreateUserDto) => o.role === 'agency' || o.role === 'coordinator' || o.agencyId !== undefined)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  agencyId?: number;

  @ApiPropertyOptional({ enum: BATCHES, description: 'Limits a leadership user to one batch' })
  @IsOptional()
  @IsIn(BATCHES)
  batch?: Batch;
}

export class UpdateUserDto implements UpdateUserRequest {
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

  @ApiPropertyOptional({ type: 'integer', nullable: true })
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

export class ResetPasswordDto implements ResetPasswordRequest {
  @NewPassword()
  password!: string;
}
