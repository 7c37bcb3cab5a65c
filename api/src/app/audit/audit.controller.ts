import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditEventView, Page } from '@pantau/domain';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { AuditTrail } from './audit-trail.service';
import { AuditQuery } from './dto/audit-query.dto';
import { AuditEventPageDto } from './dto/audit.response';

export const AUDIT_SCOPE_NOTE =
  'Admins see every event; evaluators only events about the agencies they are assigned to (in any period), so no ' +
  'sign-ins or account changes. A filter outside that scope matches nothing.';

/** Read-only: audit events are never changed or deleted through the API (and the database refuses it). */
@ApiTags('audit')
@ApiBearerAuth()
@Allow('admin', 'evaluator')
@Controller('audit')
export class AuditController {
  constructor(private readonly trail: AuditTrail) {}

  @Get()
  @ApiOperation({
    summary: 'The audit trail, newest first, filtered by user, action, agency, period and dates, a page at a time',
    description: AUDIT_SCOPE_NOTE,
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  list(@CurrentUser() user: AuthUser, @Query() q: AuditQuery): Promise<Page<AuditEventView>> {
    const { page, pageSize, ...filters } = q;
    return this.trail.page(user, filters, page ?? 1, pageSize ?? 50);
  }

  @Get('actions')
  @ApiOperation({ summary: 'The distinct actions on record that the user may see, for the action filter' })
  @ApiOkResponse({ type: [String], description: 'Action names in alphabetical order, e.g. login.failed' })
  actions(@CurrentUser() user: AuthUser): Promise<string[]> {
    return this.trail.actions(user);
  }
}
