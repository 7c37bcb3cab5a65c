import { Module } from '@nestjs/common';
import { InboxService } from './inbox.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, InboxService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
