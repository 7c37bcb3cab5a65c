import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Batch, BATCHES, colorForScore, EMPTY_COUNTS, PILLAR_CODES, SummaryResponse, Thresholds } from '@pantau/domain';
import { scopeCondition } from '../access/agency-scope';
import { ScopeService } from '../access/scope.service';
import type { AuthUser } from '../auth/auth-user';
import { awaitingAnswerSql, overdueSql } from '../follow-ups/follow-up-sql';
import { meanScoreSql } from '../scores/score-sql';
import { MatrixService } from './matrix.service';

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** National and regional figures from the maintained per-agency scores: agencies are averaged the same way. */
@Injectable()
export class SummaryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly matrix: MatrixService,
  ) {}

  async summary(user: AuthUser, periodId: number, batch?: Batch): Promise<SummaryResponse> {
    const period = await this.matrix.period(periodId);
    const thresholds: Thresholds = { green: period.greenThreshold, yellow: period.yellowThreshold };
    const hide = !this.scope.canSeeResults(user, period.state);
    const params: unknown[] = [periodId, batch ?? null];
    const scoped = scopeCondition(await this.scope.scopeOf(user), params, 'a.id', 'a.batch_code');
    const agencies = `SELECT a.id, a.batch_code FROM agency a WHERE ($2::text IS NULL OR a.batch_code = $2) AND ${scoped}`;
    const [[head], pillars, batches, distribution, [followUps]] = await Promise.all([
      this.dataSource.query(
        `WITH ag AS (${agencies})
         SELECT count(*)::int AS agencies,
                count(*) FILTER (WHERE pl.evaluated_at IS NOT NULL OR (s.total > 0 AND s.rated = s.total))::int AS evaluated,
                ${meanScoreSql('s.index_score')} AS index
         FROM ag LEFT JOIN agency_score s ON s.period_id = $1 AND s.agency_id = ag.id
         LEFT JOIN action_plan pl ON pl.period_id = $1 AND pl.agency_id = ag.id`,
        params,
      ),
      this.dataSource.query(
        `WITH ag AS (${agencies})
         SELECT c.pillar_code, sum(c.red)::int AS red, sum(c.yellow)::int AS yellow, sum(c.green)::int AS green,
                sum(c.grey)::int AS grey, ${meanScoreSql('c.score')} AS score
         FROM ag JOIN cell_count c ON c.period_id = $1 AND c.agency_id = ag.id GROUP BY c.pillar_code`,
        params,
      ),
      this.dataSource.query(
        `WITH ag AS (${agencies})
         SELECT ag.batch_code AS batch, count(*)::int AS agencies, ${meanScoreSql('s.index_score')} AS index
         FROM ag LEFT JOIN agency_score s ON s.period_id = $1 AND s.agency_id = ag.id GROUP BY ag.batch_code`,
        params,
      ),
      this.dataSource.query(
        `WITH ag AS (${agencies})
         SELECT least(floor(s.index_score / 10), 9)::int AS bucket, count(*)::int AS agencies
         FROM ag JOIN agency_score s ON s.period_id = $1 AND s.agency_id = ag.id
         WHERE s.index_score IS NOT NULL GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `WITH ag AS (${agencies})
         SELECT count(*) FILTER (WHERE ${awaitingAnswerSql('f.state')})::int AS open,
                count(*) FILTER (WHERE ${overdueSql('f')})::int AS overdue,
                count(*) FILTER (WHERE f.state = 'responded')::int AS responded,
                count(*) FILTER (WHERE f.state = 'accepted')::int AS accepted,
                count(*) FILTER (WHERE f.state = 'rejected')::int AS rejected
         FROM ag JOIN follow_up f ON f.period_id = $1 AND f.agency_id = ag.id`,
        params,
      ),
    ]);
    const byPillar = new Map(pillars.map((p: Record<string, any>) => [p['pillar_code'], p]));
    const totals = { ...EMPTY_COUNTS };
    const pillarRows = PILLAR_CODES.map((pillar) => {
      const p = (byPillar.get(pillar) ?? {}) as Record<string, any>;
      const c = hide
        ? {
            red: 0,
            yellow: 0,
            green: 0,
            grey: (p['red'] ?? 0) + (p['yellow'] ?? 0) + (p['green'] ?? 0) + (p['grey'] ?? 0),
          }
        : { red: p['red'] ?? 0, yellow: p['yellow'] ?? 0, green: p['green'] ?? 0, grey: p['grey'] ?? 0 };
      (Object.keys(totals) as Array<keyof typeof totals>).forEach((k) => (totals[k] += c[k]));
      const score = hide ? null : num(p['score']);
      return { pillar, score, color: colorForScore(score, thresholds), ...c };
    });
    const byBatch = new Map(batches.map((b: Record<string, any>) => [b['batch'], b]));
    const buckets = new Map(distribution.map((d: Record<string, any>) => [d['bucket'], d['agencies']]));
    const index = hide ? null : num(head['index']);
    return {
      period: await this.matrix.periodView(period),
      agencies: head['agencies'],
      agenciesEvaluated: hide ? 0 : head['evaluated'],
      index,
      totals,
      pillars: pillarRows,
      batches: BATCHES.filter((b) => byBatch.has(b)).map((b) => {
        const row = byBatch.get(b) as Record<string, any>;
        const idx = hide ? null : num(row['index']);
        return { batch: b, agencies: row['agencies'], index: idx, color: colorForScore(idx, thresholds) };
      }),
      distribution: Array.from({ length: 10 }, (_, i) => ({
        from: i * 10,
        to: i === 9 ? 100 : i * 10 + 10,
        agencies: hide ? 0 : ((buckets.get(i) as number | undefined) ?? 0),
      })),
      followUps: followUps ?? { open: 0, overdue: 0, responded: 0, accepted: 0, rejected: 0 },
    };
  }
}
