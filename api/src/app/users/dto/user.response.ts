import { ApiProperty } from '@nestjs/swagger';
import type { UserView } from '@pantau/domain';
import { SessionUserDto } from '../../auth/dto/session.response';

/** A user as admins see it: the session's fields and what the admin screen needs. */
export class UserViewDto extends SessionUserDto implements UserView {
  @ApiProperty({ type: 'string', nullable: true })
  agencyName!: string | null;

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
