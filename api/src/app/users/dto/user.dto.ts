import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf } from 'class-validator';
import { BATCHES, FIELD_LIMITS, ROLES, USERNAME_PATTERN } from '@pantau/domain';
import type { Batch, CreateUserRequest, ResetPasswordRequest, Role, UpdateUserRequest } from '@pantau/domain';
import { LimitedText } from '../../common/limited-text';
import { MAX_ID } from '../../common/id.pipe';
import { NullableBodyId } from '../../common/id-field';

/** The rules every new password follows, whether an admin sets it or the user changes their own. */
export const NewPassword = () => applyDecorators(ApiProperty(), IsString(), LimitedText('password'));

const USERNAME_LENGTHS = `${FIELD_LIMITS.username.min}–${FIELD_LIMITS.username.max}`;

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({
    example: 'analis.barat',
    pattern: USERNAME_PATTERN.source,
    description: `${USERNAME_LENGTHS} characters: lowercase letters, digits, . _ -`,
  })
  @IsString()
  @Matches(USERNAME_PATTERN, {
    message: `username must be ${USERNAME_LENGTHS} lowercase letters, digits, dots, underscores or dashes`,
  })
  username!: string;

  @ApiProperty()
  @IsString()
  @Matches(/\S/, { message: 'displayName must not be blank' })
  @LimitedText('displayName')
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
  @Max(MAX_ID)
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
  @Matches(/\S/, { message: 'displayName must not be blank' })
  @LimitedText('displayName')
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @NullableBodyId()
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
