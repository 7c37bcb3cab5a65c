import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * One row per (day, period, agency) from the maintained scores, for the trend charts. Periods still changing
 * only: a draft has no scores and a closed period's scores no longer move. Taking it twice a day adds nothing.
 */
@Injectable()
export class ScoreSnapshots {
  async take(m: EntityManager): Promise<Record<string, number>> {
    const [counts] = await m.query(
      `WITH src AS (
         SELECT s.period_id, s.agency_id, s.index_score,
                COALESCE((SELECT jsonb_object_agg(c.pillar_code, c.score) FROM cell_count c
                          WHERE c.period_id = s.period_id AND c.agency_id = s.agency_id), '{}'::jsonb) AS pillar_scores
         FROM agency_score s JOIN period p ON p.id = s.period_id
         WHERE p.state NOT IN ('draft', 'closed')),
       ins AS (
         INSERT INTO score_snapshot (taken_on, period_id, agency_id, index_score, pillar_scores)
         SELECT CURRENT_DATE, period_id, agency_id, index_score, pillar_scores FROM src
         ON CONFLICT (taken_on, period_id, agency_id) DO NOTHING
         RETURNING 1)
       SELECT (SELECT count(*) FROM src)::int AS agencies, (SELECT count(*) FROM ins)::int AS snapshots`,
    );
    return counts;
  }
}
