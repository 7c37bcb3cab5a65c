import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PILLAR_CODES, TrendResponse } from '@pantau/domain';
import { ScopeService } from '../access/scope.service';
import type { AuthUser } from '../auth/auth-user';

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** An agency's index and pillar scores across periods, with its survey index and nightly snapshots. */
@Injectable()
export class TrendService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
  ) {}

  async trend(user: AuthUser, agencyId: number): Promise<TrendResponse> {
    await this.scope.assertAgencyVisible(user, agencyId);
    const [[agency], periods, cells, snapshots] = await Promise.all([
      this.dataSource.query(
        `SELECT id, code, name, type, batch_code AS batch, parent_id AS "parentId" FROM agency WHERE id = $1`,
        [agencyId],
      ),
      this.dataSource.query(
        `SELECT p.id, p.name, p.year, p.state, s.index_score,
                sr.values_alignment, sr.engagement, sr.employer_branding, sr.overall
         FROM period p
         LEFT JOIN agency_score s ON s.period_id = p.id AND s.agency_id = $1
         LEFT JOIN survey_result sr ON sr.period_id = p.id AND sr.agency_id = $1
         WHERE p.state <> 'draft' ORDER BY p.year, p.id`,
        [agencyId],
      ),
      this.dataSource.query(`SELECT period_id, pillar_code, score FROM cell_count WHERE agency_id = $1`, [agencyId]),
      this.dataSource.query(
        `SELECT taken_on::text AS "takenOn", period_id AS "periodId", index_score FROM score_snapshot
         WHERE agency_id = $1 ORDER BY taken_on`,
        [agencyId],
      ),
    ]);
    const scoreOf = new Map(
      cells.map((c: Record<string, any>) => [`${c['period_id']}:${c['pillar_code']}`, num(c['score'])]),
    );
    const hidden = new Set(
      periods
        .filter((p: Record<string, any>) => !this.scope.canSeeResults(user, p['state']))
        .map((p: Record<string, any>) => p['id']),
    );
    return {
      agency,
      points: periods.map((p: Record<string, any>) => ({
        periodId: p['id'],
        periodName: p['name'],
        year: p['year'],
        index: hidden.has(p['id']) ? null : num(p['index_score']),
        pillars: PILLAR_CODES.map((pillar) => ({
          pillar,
          score: hidden.has(p['id'])
            ? null
            : ((scoreOf.get(`${p['id']}:${pillar}`) as number | null | undefined) ?? null),
        })),
        survey:
          p['overall'] === null && p['values_alignment'] === null
            ? null
            : {
                valuesAlignment: num(p['values_alignment']),
                engagement: num(p['engagement']),
                employerBranding: num(p['employer_branding']),
                overall: num(p['overall']),
              },
      })),
      snapshots: snapshots
        .filter((s: Record<string, any>) => !hidden.has(s['periodId']))
        .map((s: Record<string, any>) => ({
          takenAt: s['takenOn'],
          periodId: s['periodId'],
          index: num(s['index_score']),
        })),
    };
  }
}
