import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Page } from '@pantau/domain';
import { scopeCondition } from '../access/agency-scope';
import { ScopeService } from '../access/scope.service';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { AuditQuery } from './dto/audit-query.dto';

export interface AuditEventView {
  id: string;
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  agencyId: number | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** Read-only: audit events are never changed or deleted through the API (and the database refuses it). */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  @Allow('admin', 'evaluator')
  @Get()
  async list(@CurrentUser() user: AuthUser, @Query() q: AuditQuery): Promise<Page<AuditEventView>> {
    const params: unknown[] = [
      q.entityType ?? null,
      q.entityId ?? null,
      q.userId ?? null,
      q.from ?? null,
      q.to ?? null,
    ];
    // Evaluators see the history of agency data, not account events such as sign-ins.
    const scoped =
      user.role === 'admin'
        ? 'TRUE'
        : `agency_id IS NOT NULL AND ${scopeCondition(await this.scope.scopeOf(user), params, 'agency_id')}`;
    const where = `($1::text IS NULL OR entity_type = $1) AND ($2::text IS NULL OR entity_id = $2)
      AND ($3::int IS NULL OR user_id = $3) AND ($4::timestamptz IS NULL OR at >= $4) AND ($5::timestamptz IS NULL OR at <= $5)
      AND ${scoped}`;
    const pageSize = q.pageSize ?? 50;
    const offset = ((q.page ?? 1) - 1) * pageSize;
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `SELECT id, at, user_id AS "userId", username, action, entity_type AS "entityType", entity_id AS "entityId",
                agency_id AS "agencyId", before, after, request_id AS "requestId"
         FROM audit_event WHERE ${where} ORDER BY at DESC, id DESC LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      ),
      this.dataSource.query(`SELECT count(*)::int AS total FROM audit_event WHERE ${where}`, params),
    ]);
    return { items, total };
  }
}
