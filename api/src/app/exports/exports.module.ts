import { Module } from '@nestjs/common';
import { MatrixModule } from '../matrix/matrix.module';
import { ExportAudit } from './export-audit.service';
import { ExportsController } from './exports.controller';
import { ItemExportService } from './item-export.service';
import { MatrixExportService } from './matrix-export.service';

@Module({
  imports: [MatrixModule],
  controllers: [ExportsController],
  providers: [MatrixExportService, ItemExportService, ExportAudit],
})
export class ExportsModule {}
