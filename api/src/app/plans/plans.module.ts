import { Module } from '@nestjs/common';
import { PublicationsModule } from '../publications/publications.module';
import { RatingsModule } from '../ratings/ratings.module';
import { ItemViews } from './item-views.service';
import { ItemsController } from './items.controller';
import { ItemsService } from './items.service';

@Module({
  imports: [RatingsModule, PublicationsModule],
  controllers: [ItemsController],
  providers: [ItemsService, ItemViews],
  exports: [ItemsService, ItemViews],
})
export class PlansModule {}
