import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NotificationView } from '@pantau/domain';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdPipe } from '../common/id.pipe';
import { NotificationQuery } from './dto/notification-query.dto';
import { InboxService } from './inbox.service';
import { NotificationList } from './notification-view';

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
  list(@CurrentUser() user: AuthUser, @Query() q: NotificationQuery): Promise<NotificationList> {
    return this.inbox.list(user, q.unread === 'true', q.page, q.pageSize);
  }

  @Allow(...RECIPIENTS)
  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all your notifications as read' })
  readAll(@CurrentUser() user: AuthUser): Promise<{ updated: number }> {
    return this.inbox.markAllRead(user);
  }

  @Allow(...RECIPIENTS)
  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of your notifications as read' })
  @ApiNotFoundResponse({ description: 'No such notification among yours' })
  read(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<NotificationView> {
    return this.inbox.markRead(user, id);
  }
}
