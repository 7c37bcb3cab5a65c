import { ApiProperty } from '@nestjs/swagger';
import { BATCHES, ROLES } from '@pantau/domain';
import type { Batch, LoginResponse, Role, SessionUser } from '@pantau/domain';

export class SessionUserDto implements SessionUser {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ example: 'evaluator' })
  username!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The agency of an agency team member' })
  agencyId!: number | null;

  @ApiProperty({ enum: BATCHES, nullable: true, description: 'The one batch a leadership user is limited to' })
  batch!: Batch | null;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'Bearer token for the Authorization header; short-lived' })
  accessToken!: string;

  @ApiProperty({ type: SessionUserDto })
  user!: SessionUserDto;
}
