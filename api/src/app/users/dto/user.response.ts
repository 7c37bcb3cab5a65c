import { ApiProperty } from '@nestjs/swagger';
import { BATCHES, ROLES } from '@pantau/domain';
import type { Batch, Role, UserView } from '@pantau/domain';

export class UserViewDto implements UserView {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ example: 'analis.barat' })
  username!: string;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The agency of an agency team member' })
  agencyId!: number | null;

  @ApiProperty({ type: 'string', nullable: true })
  agencyName!: string | null;

  @ApiProperty({ enum: BATCHES, nullable: true, description: 'The one batch a leadership user is limited to' })
  batch!: Batch | null;

  @ApiProperty()
  disabled!: boolean;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'Until when sign-ins with this username wait after failed passwords',
  })
  lockedUntil!: string | null;
}
