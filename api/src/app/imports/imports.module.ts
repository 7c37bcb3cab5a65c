import { Module, OnModuleInit } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfigService } from '../../services/config/app-config.service';
import { SurveyImportService } from '../survey/survey-import.service';
import { AgencyImportService } from './agency-import.service';
import { ImportJobsService } from './import-jobs.service';
import { ImportQueueService } from './import-queue.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { ItemImportService } from './item-import.service';
import { removeStaleUploads, uploadStorage } from './upload-dir';

@Module({
  imports: [
    // Uploads go to temporary files: an import waiting for its turn holds no memory, and a running one reads
    // its file from disk. The upload interceptor removes each file when its request is over.
    MulterModule.registerAsync({
      inject: [AppConfigService],
      useFactory: (config: AppConfigService) => ({
        storage: uploadStorage,
        limits: { fileSize: config.values.uploadLimitBytes, files: 1, fields: 10 },
      }),
    }),
  ],
  controllers: [ImportsController],
  providers: [
    ImportsService,
    ImportJobsService,
    ImportQueueService,
    AgencyImportService,
    ItemImportService,
    SurveyImportService,
  ],
})
export class ImportsModule implements OnModuleInit {
  onModuleInit(): Promise<void> {
    return removeStaleUploads();
  }
}
