import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isAgencyBound, PeriodState, resultsVisibleToAgency } from '@pantau/domain';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';
import { AgencyScope, scopeIncludes } from './agency-scope';

/**
 * The one place that decides what a user may see and do with agency data. Services ask it for the
 * scope of every query; a request for something outside the scope answers 404, never the data.
 */
@Injectable()
export class ScopeService {
  constructor(private readonly dataSource: DataSource) {}

  async scopeOf(user: AuthUser): Promise<AgencyScope> {
    if (user.role === 'agency') {
      // A team sees its own agency and the units under it (child agencies), nothing else.
      const rows: Array<{ id: number }> = await this.dataSource.query(
        `SELECT id FROM agency WHERE id = $1 OR parent_id = $1`,
        [user.agencyId],
      );
      return { kind: 'agencies', ids: rows.map((r) => r.id) };
    }
    if (user.role === 'coordinator') {
      // A provincial coordination team sees its province, every kabupaten/kota in it, and their units.
      const rows: Array<{ id: number }> = await this.dataSource.query(
        `WITH province AS (SELECT id, province_code FROM agency WHERE id = $1 AND type = 'provinsi'),
              region AS (
                SELECT a.id FROM agency a JOIN province p
                  ON a.id = p.id OR (a.province_code = p.province_code AND a.type IN ('kabupaten', 'kota')))
         SELECT id FROM region UNION SELECT c.id FROM agency c WHERE c.parent_id IN (SELECT id FROM region)`,
        [user.agencyId],
      );
      return { kind: 'agencies', ids: rows.map((r) => r.id) };
    }
    if (user.role === 'leadership' && user.batch) return { kind: 'batch', batch: user.batch };
    return { kind: 'all' };
  }

  /** Throws 404 unless the agency exists and is visible to the user. */
  async assertAgencyVisible(
    user: AuthUser,
    agencyId: number,
    m: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    const rows: Array<{ id: number; batch_code: AuthUser['batch'] }> = await m.query(
      `SELECT id, batch_code FROM agency WHERE id = $1`,
      [agencyId],
    );
    const agency = rows[0];
    if (!agency || !scopeIncludes(await this.scopeOf(user), { id: agency.id, batchCode: agency.batch_code! })) {
      throw apiError(404, 'agency-not-found', {}, 'Agency not found');
    }
  }

  /** Ratings and evaluator notes stay hidden from agency and coordination teams until the results are published. */
  canSeeResults(user: AuthUser, state: PeriodState): boolean {
    return !isAgencyBound(user.role) || resultsVisibleToAgency(state);
  }

  /** Only the evaluator assigned to the agency in that period may rate its items. */
  async assertCanRate(user: AuthUser, periodId: number, agencyId: number, m: EntityManager): Promise<void> {
    const rows =
      user.role === 'evaluator'
        ? await m.query(
            `SELECT 1 FROM evaluator_assignment WHERE period_id = $1 AND agency_id = $2 AND evaluator_id = $3`,
            [periodId, agencyId, user.id],
          )
        : [];
    this.refuseUnlessAssigned(user, rows.length > 0);
  }

  /** assertCanRate for a caller that has already read whether the user is assigned (with its other checks). */
  refuseUnlessAssigned(user: AuthUser, assigned: boolean): void {
    if (user.role !== 'evaluator') throw apiError(403, 'rater-not-evaluator', {}, 'Only evaluators rate items');
    if (!assigned) {
      const message = 'You are not the evaluator assigned to this agency in this period';
      throw apiError(403, 'rater-not-assigned', {}, message);
    }
  }
}
