import { Module } from '@nestjs/common';
import { MatrixController } from './matrix.controller';
import { MatrixService } from './matrix.service';
import { SummaryService } from './summary.service';
import { TrendService } from './trend.service';

@Module({
  controllers: [MatrixController],
  providers: [MatrixService, SummaryService, TrendService],
  exports: [MatrixService],
})
export class MatrixModule {}
