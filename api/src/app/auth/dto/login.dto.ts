import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import type { LoginRequest, RefreshRequest } from '@pantau/domain';
import { FIELD_LIMITS } from '@pantau/domain';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'evaluator' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  username!: string;

  @ApiProperty({ example: 'berakhlak-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(FIELD_LIMITS.password.max)
  password!: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiProperty({ required: false, description: 'The refresh token; the httpOnly cookie is used when omitted' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
