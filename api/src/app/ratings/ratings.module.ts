import { Module } from '@nestjs/common';
import { ItemAccess } from '../plans/item-access.service';
import { BulkRatingsService } from './bulk-ratings.service';
import { RatingsController } from './ratings.controller';
import { RatingsService } from './ratings.service';

@Module({
  controllers: [RatingsController],
  providers: [RatingsService, BulkRatingsService, ItemAccess],
  exports: [RatingsService, ItemAccess],
})
export class RatingsModule {}
