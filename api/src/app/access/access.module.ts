import { Global, Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { ScopeService } from './scope.service';

/** Scoping and audit, used by every feature that reads or writes agency data. */
@Global()
@Module({ providers: [ScopeService, AuditService], exports: [ScopeService, AuditService] })
export class AccessModule {}
