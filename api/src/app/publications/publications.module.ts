import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { RatingsModule } from '../ratings/ratings.module';
import { PublicationOverdueScan } from './publication-overdue-scan.service';
import { PublicationsController } from './publications.controller';
import { PublicationsService } from './publications.service';

@Module({
  imports: [RatingsModule, NotificationsModule],
  controllers: [PublicationsController],
  providers: [PublicationsService, PublicationOverdueScan],
  exports: [PublicationsService, PublicationOverdueScan],
})
export class PublicationsModule {}
