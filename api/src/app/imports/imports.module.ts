import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfigService } from '../../services/config/app-config.service';
import { SurveyImportService } from '../survey/survey-import.service';
import { AgencyImportService } from './agency-import.service';
import { ImportProgressService } from './import-progress.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { ItemImportService } from './item-import.service';

@Module({
  imports: [
    // No storage given: multer keeps the file in memory, and the size limit bounds that memory.
    MulterModule.registerAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        limits: { fileSize: config.values.uploadLimitBytes, files: 1, fields: 10 },
      }),
    }),
  ],
  controllers: [ImportsController],
  providers: [ImportsService, ImportProgressService, AgencyImportService, ItemImportService, SurveyImportService],
})
export class ImportsModule {}
