import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  colorForScore,
  EMPTY_COUNTS,
  MatrixCell,
  MatrixResponse,
  MatrixRow,
  PILLAR_CODES,
  PillarCode,
  Thresholds,
  PeriodView,
} from '@pantau/domain';
import { ScopeService } from '../access/scope.service';
import { AGENCY_SUMMARY_COLUMNS, agencyWhere } from '../agencies/agency-filter';
import type { AuthUser } from '../auth/auth-user';
import { apiError } from '../common/api-error';
import { Period } from '../periods/period.entity';
import { toPeriodView } from '../periods/period-view';
import { MatrixQuery } from './dto/matrix-query.dto';

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

@Injectable()
export class MatrixService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  async period(id: number): Promise<Period> {
    const p = await this.dataSource.getRepository(Period).findOne({ where: { id } });
    if (!p) throw apiError(404, 'period-not-found', {}, 'Period not found');
    return p;
  }

  /** The period as every read model reports it, with whether its instrument is frozen. */
  async periodView(p: Period): Promise<PeriodView> {
    const rows = await this.dataSource.query(`SELECT 1 FROM instrument WHERE version = $1 AND frozen_at IS NOT NULL`, [
      p.instrumentVersion,
    ]);
    return toPeriodView(p, rows.length > 0);
  }

  /**
   * Agencies × pillars from the maintained counts: the cost grows with the agencies on the page,
   * never with the number of items. `pageSize` absent means every matching agency (exports).
   */
  async matrix(user: AuthUser, periodId: number, q: MatrixQuery, all = false): Promise<MatrixResponse> {
    return (await this.read(user, periodId, q, all)).matrix;
  }

  /** Every matching agency, and the name of the province the filter chose, as this query resolved it. */
  async matrixForExport(
    user: AuthUser,
    periodId: number,
    q: MatrixQuery,
  ): Promise<{ matrix: MatrixResponse; provinceName: string | null }> {
    return this.read(user, periodId, q, true);
  }

  private async read(
    user: AuthUser,
    periodId: number,
    q: MatrixQuery,
    all: boolean,
  ): Promise<{ matrix: MatrixResponse; provinceName: string | null }> {
    const period = await this.period(periodId);
    const hide = !this.scope.canSeeResults(user, period.state);
    const thresholds: Thresholds = { green: period.greenThreshold, yellow: period.yellowThreshold };
    const params: unknown[] = [periodId];
    const where = agencyWhere('a', q, await this.scope.scopeOf(user), params);
    const countParams = [...params];
    const sort = q.sort ?? 'name';
    const desc = sort.startsWith('-');
    const key = desc ? sort.slice(1) : sort;
    const dir = desc ? 'DESC' : 'ASC';
    const pageSize = all ? null : (q.pageSize ?? 1000);
    const offset = all ? 0 : ((q.page ?? 1) - 1) * (pageSize ?? 0);
    const page = pageSize ? `LIMIT ${pageSize} OFFSET ${offset}` : '';
    const cols = AGENCY_SUMMARY_COLUMNS('a');
    let sql = `SELECT ${cols}, s.index_score FROM agency a
       LEFT JOIN agency_score s ON s.period_id = $1 AND s.agency_id = a.id
       WHERE ${where} ORDER BY a.${key === 'code' ? 'code' : 'name'} ${dir}, a.id ${page}`;
    if (key === 'index' && !hide) {
      // Scored agencies in index order straight from agency_score's (period, batch, index) index, then the
      // unscored by name: no sort of every matching agency for one page.
      const upTo = pageSize ? `LIMIT ${offset + pageSize}` : '';
      sql = `SELECT * FROM (
         (SELECT ${cols}, s.index_score, 0 AS part FROM agency_score s JOIN agency a ON a.id = s.agency_id
          WHERE s.period_id = $1 AND s.batch_code = a.batch_code AND s.index_score IS NOT NULL AND ${where}
          ORDER BY s.index_score ${dir}, a.name, a.id ${upTo})
         UNION ALL
         (SELECT ${cols}, NULL, 1 FROM agency a
          WHERE ${where} AND NOT EXISTS (
            SELECT 1 FROM agency_score s WHERE s.period_id = $1 AND s.agency_id = a.id AND s.index_score IS NOT NULL)
          ORDER BY a.name, a.id ${upTo})
       ) matching ORDER BY part, index_score ${dir}, name, id ${page}`;
    }
    if ((PILLAR_CODES as readonly string[]).includes(key) && !hide) {
      params.push(key);
      sql = `SELECT ${cols}, s.index_score FROM agency a
         LEFT JOIN agency_score s ON s.period_id = $1 AND s.agency_id = a.id
         LEFT JOIN cell_count sc ON sc.period_id = $1 AND sc.agency_id = a.id AND sc.pillar_code = $${params.length}
         WHERE ${where} ORDER BY sc.score ${dir} NULLS LAST, a.name, a.id ${page}`;
    }
    const [rows, { total, provinceName }]: [Array<Record<string, any>>, Awaited<ReturnType<typeof this.count>>] =
      await Promise.all([this.dataSource.query(sql, params), this.count(where, countParams, !!q.province)]);
    const cells = await this.cells(
      periodId,
      rows.map((r) => r['id'] as number),
    );
    const matrix: MatrixResponse = {
      period: await this.periodView(period),
      pillars: [...PILLAR_CODES],
      total,
      rows: rows.map((r): MatrixRow => {
        const own = cells.get(r['id']) ?? new Map();
        const index = hide ? null : num(r['index_score']);
        return {
          agency: {
            id: r['id'],
            code: r['code'],
            name: r['name'],
            type: r['type'],
            batch: r['batch'],
            parentId: r['parentId'],
          },
          index,
          color: colorForScore(index, thresholds),
          cells: PILLAR_CODES.map((pillar) => toCell(pillar, own.get(pillar), thresholds, hide)),
        };
      }),
    };
    return { matrix, provinceName };
  }

  private async cells(periodId: number, agencyIds: number[]): Promise<Map<number, Map<string, Record<string, any>>>> {
    const out = new Map<number, Map<string, Record<string, any>>>();
    if (agencyIds.length === 0) return out;
    const rows: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT agency_id, pillar_code, red, yellow, green, grey, score FROM cell_count
       WHERE period_id = $1 AND agency_id = ANY($2::int[])`,
      [periodId, agencyIds],
    );
    for (const r of rows) {
      const own = out.get(r['agency_id']) ?? new Map();
      own.set(r['pillar_code'], r);
      out.set(r['agency_id'], own);
    }
    return out;
  }

  /**
   * How many agencies match; under a province filter also that province's name, read from the province code
   * the matching agencies share (the filter may name the province by code or by any agency in it).
   */
  private async count(
    where: string,
    params: unknown[],
    byProvince: boolean,
  ): Promise<{ total: number; provinceName: string | null }> {
    const province = byProvince
      ? `(SELECT p.name FROM agency p WHERE p.type = 'provinsi' AND p.province_code = min(a.province_code) ORDER BY p.id LIMIT 1)`
      : 'NULL::text';
    // $1 (the period) is not otherwise used here; naming it keeps its type known to PostgreSQL.
    const [{ total, provinceName }] = await this.dataSource.query(
      `SELECT count(*)::int AS total, ${province} AS "provinceName" FROM agency a WHERE $1::int IS NOT NULL AND ${where}`,
      params,
    );
    return { total, provinceName };
  }
}

/** Before results are published, an agency team sees how many items it has, not how they were rated. */
function toCell(pillar: PillarCode, r: Record<string, any> | undefined, t: Thresholds, hide: boolean): MatrixCell {
  if (!r) return { pillar, score: null, color: 'grey', ...EMPTY_COUNTS };
  if (hide)
    return {
      pillar,
      score: null,
      color: 'grey',
      ...EMPTY_COUNTS,
      grey: r['red'] + r['yellow'] + r['green'] + r['grey'],
    };
  const score = num(r['score']);
  return {
    pillar,
    score,
    color: colorForScore(score, t),
    red: r['red'],
    yellow: r['yellow'],
    green: r['green'],
    grey: r['grey'],
  };
}
