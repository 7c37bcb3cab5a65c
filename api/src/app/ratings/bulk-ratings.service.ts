import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BulkRatingsResult, ErrorCode, ErrorParams, RatingResult } from '@pantau/domain';
import type { AuthUser } from '../auth/auth-user';
import { apiError, ApiError } from '../common/api-error';
import { BulkRatingRowDto } from './dto/rating.dto';
import { RatingsService } from './ratings.service';

export interface BulkRowError {
  index: number;
  itemId: number;
  statusCode: number;
  code: ErrorCode;
  params?: ErrorParams[ErrorCode];
  message: string;
}

function rowError(index: number, itemId: number, e: ApiError): BulkRowError {
  const params = Object.keys(e.params).length > 0 ? { params: e.params } : {};
  return { index, itemId, statusCode: e.getStatus(), code: e.code, ...params, message: e.message };
}

/** Many ratings, all or nothing: every row is tried, every refusal reported, and nothing kept unless all pass. */
@Injectable()
export class BulkRatingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ratings: RatingsService,
  ) {}

  async rate(user: AuthUser, periodId: number, rows: BulkRatingRowDto[]): Promise<BulkRatingsResult> {
    const seen = new Set<number>();
    const dupes = rows.filter((r) => (seen.has(r.itemId) ? true : (seen.add(r.itemId), false)));
    if (dupes.length > 0) {
      const itemIds = dupes.map((d) => d.itemId);
      const message = `Each item may appear once; repeated: ${itemIds.join(', ')}`;
      throw apiError(400, 'bulk-rating-items-repeated', { itemIds }, message);
    }
    return this.dataSource.transaction(async (m) => {
      const errors: BulkRowError[] = [];
      const results: Array<RatingResult & { itemId: number; index: number }> = [];
      // Every item row is locked first, in id order, before any per-agency count lock is taken:
      // with single ratings taking item then agency locks, no two writers can wait on each other in a cycle.
      const locked: Array<{ id: number; agency_id: number }> = await m.query(
        `SELECT id, agency_id FROM plan_item WHERE period_id = $1 AND id = ANY($2::int[]) ORDER BY id FOR UPDATE`,
        [periodId, [...seen]],
      );
      const agencyOf = new Map(locked.map((x) => [x.id, x.agency_id]));
      const order = rows
        .map((r, index) => ({ r, index }))
        .sort((a, b) => (agencyOf.get(a.r.itemId) ?? 0) - (agencyOf.get(b.r.itemId) ?? 0) || a.r.itemId - b.r.itemId);
      const inPeriod = new Set(agencyOf.keys());
      for (const { r, index } of order) {
        if (!inPeriod.has(r.itemId)) {
          errors.push(
            rowError(index, r.itemId, apiError(404, 'item-not-in-period', {}, 'Item not found in this period')),
          );
          continue;
        }
        await m.query('SAVEPOINT bulk_row');
        try {
          results.push({
            ...(await this.ratings.rateIn(m, user, r.itemId, r, 'bulk-rating')),
            itemId: r.itemId,
            index,
          });
          await m.query('RELEASE SAVEPOINT bulk_row');
        } catch (e) {
          await m.query('ROLLBACK TO SAVEPOINT bulk_row');
          // Every refusal of a rating is an ApiError; anything else is not the row's fault.
          if (!(e instanceof ApiError)) throw e;
          errors.push(rowError(index, r.itemId, e));
        }
      }
      if (errors.length > 0) {
        const [refused, total] = [errors.length, rows.length];
        throw apiError(
          422,
          'bulk-ratings-refused',
          { refused, total },
          `${refused} of ${total} ratings were refused; nothing was saved. Fix the listed rows and send them again.`,
          { errors: errors.sort((a, b) => a.index - b.index) },
        );
      }
      return { results: results.sort((a, b) => a.index - b.index).map(({ index: _i, ...rest }) => rest) };
    });
  }
}
