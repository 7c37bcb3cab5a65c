import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Cadence, PeriodState, PillarCode, RatingColor } from '@pantau/domain';
import { ScopeService } from '../access/scope.service';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';

export interface ExportedItem {
  agencyCode: string;
  pillar: PillarCode;
  title: string;
  description: string | null;
  cadence: Cadence;
  workUnit: string | null;
  criterionCode: string | null;
  publications: number;
  lastPublishedAt: string | null;
  color: RatingColor | null;
  points: number | null;
  note: string | null;
  recommendation: string | null;
  evaluator: string | null;
  ratedAt: Date | null;
  followUp: string | null;
}

export interface ItemList {
  period: { id: number; name: string; year: number; state: PeriodState };
  agency: { id: number; code: string; name: string };
  /** False for an agency team before publication: the rating columns are left out entirely. */
  withResults: boolean;
  items: ExportedItem[];
}

/** One agency's items in a period, as the user may see them. */
@Injectable()
export class ItemExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  async list(user: AuthUser, periodId: number, agencyId: number): Promise<ItemList> {
    const [period] = await this.dataSource.query(`SELECT id, name, year, state FROM period WHERE id = $1`, [periodId]);
    if (!period) throw apiError(404, 'period-not-found', {}, 'Period not found');
    await this.scope.assertAgencyVisible(user, agencyId);
    const [agency] = await this.dataSource.query(`SELECT id, code, name FROM agency WHERE id = $1`, [agencyId]);
    const withResults = this.scope.canSeeResults(user, period.state);
    const items: Array<ExportedItem & { _color: RatingColor | null }> = await this.dataSource.query(
      `SELECT a.code AS "agencyCode", i.pillar_code AS pillar, i.title, i.description, i.cadence, w.name AS "workUnit",
              c.code AS "criterionCode", pub.n AS publications, pub.last::text AS "lastPublishedAt",
              r.color, r.points, r.note, r.recommendation, u.display_name AS evaluator, r.created_at AS "ratedAt",
              f.state AS "followUp"
       FROM plan_item i
       JOIN agency a ON a.id = i.agency_id
       JOIN pillar p ON p.code = i.pillar_code
       LEFT JOIN work_unit w ON w.id = i.work_unit_id
       LEFT JOIN criterion c ON c.id = i.criterion_id
       LEFT JOIN rating r ON r.id = i.current_rating_id
       LEFT JOIN app_user u ON u.id = r.evaluator_id
       LEFT JOIN LATERAL (SELECT count(*)::int AS n, max(published_at) AS last FROM publication WHERE item_id = i.id) pub ON TRUE
       LEFT JOIN LATERAL (SELECT state FROM follow_up WHERE item_id = i.id ORDER BY id DESC LIMIT 1) f ON TRUE
       WHERE i.period_id = $1 AND i.agency_id = $2
       ORDER BY p.position, i.id`,
      [periodId, agencyId],
    );
    const hidden = {
      color: null,
      points: null,
      note: null,
      recommendation: null,
      evaluator: null,
      ratedAt: null,
      followUp: null,
    };
    return { period, agency, withResults, items: withResults ? items : items.map((i) => ({ ...i, ...hidden })) };
  }
}
