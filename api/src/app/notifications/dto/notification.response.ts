import { ApiProperty } from '@nestjs/swagger';
import type { MarkedRead, NotificationList, NotificationView } from '@pantau/domain';
import { PageOf } from '../../common/page.response';

export class NotificationViewDto implements NotificationView {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ example: 'follow-up-reminder', description: 'What the notification is about' })
  kind!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  body!: string;

  @ApiProperty({ type: 'string', nullable: true, description: 'Where in the app it leads, e.g. /follow-ups/12' })
  link!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The period the notification concerns' })
  periodId!: number | null;

  @ApiProperty({ type: 'string', nullable: true, example: 'Evaluasi 2025', description: "That period's name" })
  periodName!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'Null while unread' })
  readAt!: string | null;
}

export class NotificationListDto extends PageOf(NotificationViewDto) implements NotificationList {
  @ApiProperty({ type: 'integer', description: 'Unread notifications in all, for the badge' })
  unread!: number;
}

export class MarkedReadDto implements MarkedRead {
  @ApiProperty({ type: 'integer', description: 'Notifications marked read by this request' })
  updated!: number;
}
