import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PeriodState } from '@pantau/domain';
import { scopeIncludes } from '../access/agency-scope';
import { ScopeService } from '../access/scope.service';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';
import { activeFollowUpSql } from '../follow-ups/follow-up-sql';
import { AGENCY_SCORE_LOCK } from '../scores/score-sql';

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

export interface RatingContext extends ItemContext {
  /** The user is the evaluator assigned to the item's agency in its period. */
  assigned: boolean;
  /** The item has a follow-up that is open, responded or rejected. */
  openFollowUp: boolean;
}

const ITEM_COLUMNS = `i.id, i.plan_id AS "planId", i.agency_id AS "agencyId", i.period_id AS "periodId",
  i.pillar_code AS "pillarCode", i.version, i.current_rating_id AS "currentRatingId", r.color AS "currentColor",
  p.state AS "periodState", a.batch_code AS "agencyBatch"`;
const ITEM_JOINS = `FROM plan_item i
  JOIN period p ON p.id = i.period_id
  JOIN agency a ON a.id = i.agency_id
  LEFT JOIN rating r ON r.id = i.current_rating_id`;

/** Loads an item only if the user may see its agency; otherwise 404, so existence is never confirmed. */
@Injectable()
export class ItemAccess {
  constructor(private readonly scope: ScopeService) {}

  async load(user: AuthUser, itemId: number, m: EntityManager, lock = false): Promise<ItemContext> {
    // Locked, the period row is share-locked too: a transition (which locks the period for update) cannot
    // commit between an edit's check of the period's state and its write.
    const locking = lock ? 'FOR UPDATE OF i FOR SHARE OF p' : '';
    const rows = await m.query(`SELECT ${ITEM_COLUMNS} ${ITEM_JOINS} WHERE i.id = $1 ${locking}`, [itemId]);
    return this.visible(user, rows[0]);
  }

  /**
   * Everything a rating needs, in one round trip: the item locked, then its agency's score lock (the order
   * every writer of the maintained counts follows), whether `user` is assigned, whether a follow-up is open.
   */
  async loadForRating(user: AuthUser, itemId: number, m: EntityManager): Promise<RatingContext> {
    const rows = await m.query(
      `SELECT x.*, ${AGENCY_SCORE_LOCK('x."periodId"', 'x."agencyId"')} IS NULL AS locked
       FROM (
         SELECT ${ITEM_COLUMNS},
                EXISTS (SELECT 1 FROM evaluator_assignment e
                        WHERE e.period_id = i.period_id AND e.agency_id = i.agency_id AND e.evaluator_id = $2) AS assigned,
                EXISTS (SELECT 1 FROM follow_up f
                        WHERE f.item_id = i.id AND ${activeFollowUpSql('f.state')}) AS "openFollowUp"
         ${ITEM_JOINS}
         WHERE i.id = $1
         FOR UPDATE OF i
       ) x`,
      [itemId, user.id],
    );
    return this.visible(user, rows[0]);
  }

  private async visible<T extends ItemContext>(user: AuthUser, item: T | undefined): Promise<T> {
    if (
      !item ||
      !scopeIncludes(await this.scope.scopeOf(user), { id: item.agencyId, batchCode: item.agencyBatch as never })
    ) {
      throw apiError(404, 'item-not-found', {}, 'Item not found');
    }
    return item;
  }
}
