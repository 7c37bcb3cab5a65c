import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { RatingsModule } from '../ratings/ratings.module';
import { FollowUpCoordination } from './follow-up-coordination.service';
import { FollowUpReminders } from './follow-up-reminders.service';
import { FollowUpWorkflow } from './follow-up-workflow.service';
import { FollowUpsController } from './follow-ups.controller';
import { FollowUpsService } from './follow-ups.service';

@Module({
  imports: [RatingsModule, NotificationsModule],
  controllers: [FollowUpsController],
  providers: [FollowUpsService, FollowUpWorkflow, FollowUpReminders, FollowUpCoordination],
  exports: [FollowUpsService, FollowUpReminders],
})
export class FollowUpsModule {}
