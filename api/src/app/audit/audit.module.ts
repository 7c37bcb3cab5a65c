import { Module } from '@nestjs/common';
import { AuditExportController } from './audit-export.controller';
import { AuditExport } from './audit-export.service';
import { AuditTrail } from './audit-trail.service';
import { AuditController } from './audit.controller';

@Module({ controllers: [AuditController, AuditExportController], providers: [AuditTrail, AuditExport] })
export class AuditModule {}
