import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { FIELD_LIMITS, type ChangePasswordRequest } from '@pantau/domain';
import { NewPassword } from '../../users/dto/user.dto';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ description: 'The password the user signs in with now' })
  @IsString()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(FIELD_LIMITS.password.max)
  currentPassword!: string;

  @NewPassword()
  newPassword!: string;
}
