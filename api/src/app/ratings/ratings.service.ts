import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  ColorCounts,
  EMPTY_COUNTS,
  pointsFor,
  RatingColor,
  ratingAllowed,
  RatingResult,
  RatingView,
} from '@pantau/domain';
import { ScopeService } from '../access/scope.service';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';
import { ItemAccess, ItemContext } from '../plans/item-access.service';
import { cellShiftCtes, cellShiftParams, insertFirstCell } from '../scores/score-sql';
import { RATING_VIEW_COLUMNS, toRatingView } from './rating-view';

export interface RatingInput {
  color: RatingColor;
  note?: string | null;
  recommendation?: string | null;
  /** null skips the optimistic check (a follow-up decision already holds the item's lock). */
  expectedVersion: number | null;
}

@Injectable()
export class RatingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly items: ItemAccess,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  rate(user: AuthUser, itemId: number, input: RatingInput): Promise<RatingResult> {
    return this.dataSource.transaction((m) => this.rateIn(m, user, itemId, input));
  }

  /**
   * Appends a rating inside the caller's transaction: locks the item and its agency's counts, checks the
   * evaluator's assignment, the period state and the expected version, then moves the maintained counts.
   * Three statements in all (context, rating with the counts, audit): rating writes are the season's hot path.
   */
  async rateIn(
    m: EntityManager,
    user: AuthUser,
    itemId: number,
    input: RatingInput,
    via = 'rating',
  ): Promise<RatingResult> {
    const item = await this.items.loadForRating(user, itemId, m);
    this.scope.refuseUnlessAssigned(user, item.assigned);
    if (!ratingAllowed(item.periodState, item.openFollowUp)) {
      const state = item.periodState;
      throw state === 'follow-up'
        ? apiError(
            409,
            'rating-needs-open-follow-up',
            {},
            'In the follow-up window only items with an open follow-up can be re-rated',
          )
        : apiError(
            409,
            'rating-period-closed',
            { state },
            `Ratings are accepted only while the period is under evaluation; this period is "${state}"`,
          );
    }
    if (input.expectedVersion !== null && input.expectedVersion !== item.version) {
      const [expectedVersion, currentVersion] = [input.expectedVersion, item.version];
      throw apiError(
        409,
        'rating-conflict',
        { expectedVersion, currentVersion },
        `Someone rated this item after you opened it (you saw version ${expectedVersion}, it is now ${currentVersion}). Review their rating and rate again with the new version.`,
        { current: await this.current(m, item), version: currentVersion },
      );
    }
    const version = item.version + 1;
    const delta: ColorCounts = { ...EMPTY_COUNTS, [input.color]: 1 };
    delta[item.currentColor ?? 'grey'] -= 1;
    // One statement: the rating, the item's version, the cell and the agency index (the lock was taken above).
    const [row] = await m.query(
      `WITH rated AS (
         INSERT INTO rating (item_id, color, points, note, recommendation, evaluator_id, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at),
       item AS (
         UPDATE plan_item SET version = $7, current_rating_id = (SELECT id FROM rated), updated_at = now() WHERE id = $1),
       ${cellShiftCtes(8)}
       SELECT id::text AS id, created_at AS "createdAt", (SELECT count(*) FROM cell)::int AS shifted FROM rated`,
      [
        itemId,
        input.color,
        pointsFor(input.color),
        input.note?.trim() || null,
        input.recommendation?.trim() || null,
        user.id,
        version,
        ...cellShiftParams(item.periodId, item.agencyId, item.pillarCode, delta),
      ],
    );
    if (row.shifted === 0) await insertFirstCell(m, item.periodId, item.agencyId, item.pillarCode, delta);
    await this.audit.record(m, {
      action: `${via}.created`,
      entityType: 'item',
      entityId: itemId,
      agencyId: item.agencyId,
      periodId: item.periodId,
      before: { color: item.currentColor, version: item.version },
      after: { color: input.color, version, ratingId: row.id, note: input.note ?? null },
    });
    return {
      rating: toRatingView({
        ...row,
        color: input.color,
        points: pointsFor(input.color),
        note: input.note?.trim() || null,
        recommendation: input.recommendation?.trim() || null,
        version,
        evaluatorId: user.id,
        evaluatorName: user.displayName,
      }),
      version,
    };
  }

  async history(user: AuthUser, itemId: number): Promise<RatingView[]> {
    const item = await this.items.load(user, itemId, this.dataSource.manager);
    if (!this.scope.canSeeResults(user, item.periodState)) return [];
    const rows = await this.dataSource.query(
      `SELECT ${RATING_VIEW_COLUMNS} FROM rating r LEFT JOIN app_user u ON u.id = r.evaluator_id
       WHERE r.item_id = $1 ORDER BY r.version DESC`,
      [itemId],
    );
    return rows.map(toRatingView);
  }

  private async current(m: EntityManager, item: ItemContext): Promise<RatingView | null> {
    if (!item.currentRatingId) return null;
    const [row] = await m.query(
      `SELECT ${RATING_VIEW_COLUMNS} FROM rating r LEFT JOIN app_user u ON u.id = r.evaluator_id WHERE r.id = $1`,
      [item.currentRatingId],
    );
    return row ? toRatingView(row) : null;
  }
}
