import { Injectable, NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PeriodState } from '@pantau/domain';
import { scopeIncludes } from '../access/agency-scope';
import { ScopeService } from '../access/scope.service';
import type { AuthUser } from '../auth/auth-user';

export interface ItemContext {
  id: number;
  planId: number;
  agencyId: number;
  periodId: number;
  pillarCode: string;
  version: number;
  currentRatingId: string | null;
  currentColor: 'red' | 'yellow' | 'green' | null;
  periodState: PeriodState;
  agencyBatch: string;
}

/** Loads an item only if the user may see its agency; otherwise 404, so existence is never confirmed. */
@Injectable()
export class ItemAccess {
  constructor(private readonly scope: ScopeService) {}

  async load(user: AuthUser, itemId: number, m: EntityManager, lock = false): Promise<ItemContext> {
    const rows = await m.query(
      `SELECT i.id, i.plan_id AS "planId", i.agency_id AS "agencyId", i.period_id AS "periodId", i.pillar_code AS "pillarCode",
              i.version, i.current_rating_id AS "currentRatingId", r.color AS "currentColor",
              p.state AS "periodState", a.batch_code AS "agencyBatch"
       FROM plan_item i
       JOIN period p ON p.id = i.period_id
       JOIN agency a ON a.id = i.agency_id
       LEFT JOIN rating r ON r.id = i.current_rating_id
       WHERE i.id = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [itemId],
    );
    const item = rows[0] as ItemContext | undefined;
    if (
      !item ||
      !scopeIncludes(await this.scope.scopeOf(user), { id: item.agencyId, batchCode: item.agencyBatch as never })
    ) {
      throw new NotFoundException('Item not found');
    }
    return item;
  }
}
