import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * No read uses (period, pillar, score) (0 scans at units scale), yet every rating changes a cell's score, so
 * the index was written on every rating and kept those updates from being HOT (see bench/README.md).
 */
export class DroppedUnusedCellScoreIndex1795440000000 implements MigrationInterface {
  name = 'DroppedUnusedCellScoreIndex1795440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "cell_count_period_pillar_score_idx"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX "cell_count_period_pillar_score_idx" ON "cell_count" ("period_id", "pillar_code", "score")',
    );
  }
}
