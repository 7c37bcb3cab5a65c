import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MarkedRead, NotificationList, NotificationView } from '@pantau/domain';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdPipe } from '../common/id.pipe';
import { NotificationQuery } from './dto/notification-query.dto';
import { MarkedReadDto, NotificationListDto, NotificationViewDto } from './dto/notification.response';
import { InboxService } from './inbox.service';

/** Leadership reads (it receives nothing today) but never writes, so it may not mark anything read. */
const RECIPIENTS = ['admin', 'evaluator', 'agency'] as const;

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly inbox: InboxService) {}

  @Allow(...READERS)
  @Get()
  @ApiOperation({ summary: 'Your own notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationListDto })
  list(@CurrentUser() user: AuthUser, @Query() q: NotificationQuery): Promise<NotificationList> {
    return this.inbox.list(user, q.unread === 'true', q.page, q.pageSize);
  }

  @Allow(...RECIPIENTS)
  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all your notifications as read' })
  @ApiOkResponse({ type: MarkedReadDto })
  readAll(@CurrentUser() user: AuthUser): Promise<MarkedRead> {
    return this.inbox.markAllRead(user);
  }

  @Allow(...RECIPIENTS)
  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notifications as read' })
  @ApiOkResponse({ type: NotificationViewDto, description: 'The notification, now read' })
  @ApiNotFoundResponse({ description: 'No such notification among yours' })
  read(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<NotificationView> {
    return this.inbox.markRead(user, id);
  }
}
