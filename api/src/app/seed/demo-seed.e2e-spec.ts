import { createTestApp, TestApp } from '../../testing/test-app';
import { DemoSeedService } from './demo-seed.service';

describe('national demo seed', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('holds about 632 agencies in four batches', async () => {
    const rows: Array<{ batch_code: string; n: number }> = await t.db.query(
      `SELECT batch_code, count(*)::int AS n FROM agency GROUP BY 1 ORDER BY 1`,
    );
    const total = rows.reduce((s, r) => s + r.n, 0);
    expect(Math.abs(total - 632)).toBeLessThanOrEqual(15);
    expect(rows.map((r) => r.batch_code)).toEqual(['barat', 'pusat', 'tengah', 'timur']);
  });

  it('puts Provinsi Kalimantan Tengah in batch Tengah, assigned to the demo evaluator in 2025', async () => {
    const [row] = await t.db.query(
      `SELECT a.batch_code, u.username FROM agency a
       JOIN evaluator_assignment ea ON ea.agency_id = a.id
       JOIN period p ON p.id = ea.period_id AND p.year = 2025
       JOIN app_user u ON u.id = ea.evaluator_id
       WHERE a.name = 'Provinsi Kalimantan Tengah'`,
    );
    expect(row).toEqual({ batch_code: 'tengah', username: 'evaluator' });
  });

  it('has 2024 closed and 2025 under evaluation, with 6 to 8 items per pillar', async () => {
    const periods = await t.db.query(`SELECT year, state FROM period ORDER BY year`);
    expect(periods).toEqual([
      { year: 2024, state: 'closed' },
      { year: 2025, state: 'evaluation' },
    ]);
    const [range] = await t.db.query(
      `SELECT min(n)::int AS min, max(n)::int AS max FROM
        (SELECT count(*) AS n FROM plan_item GROUP BY period_id, agency_id, pillar_code) x`,
    );
    expect(range).toEqual({ min: 6, max: 8 });
  });

  it('makes Adaptif the weakest pillar and differs between batches', async () => {
    const pillars: Array<{ pillar_code: string }> = await t.db.query(
      `SELECT pillar_code FROM cell_count WHERE period_id = 1 GROUP BY 1 ORDER BY avg(score) LIMIT 1`,
    );
    expect(pillars[0]!.pillar_code).toBe('adaptif');
    const batches: Array<{ idx: string }> = await t.db.query(
      `SELECT round(avg(index_score), 0) AS idx FROM agency_score WHERE period_id = 1 GROUP BY batch_code`,
    );
    expect(new Set(batches.map((b) => b.idx)).size).toBe(4);
  });

  it('does not seed twice', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM plan_item`);
    expect(await t.app.get(DemoSeedService).seedIfEmpty()).toBe(false);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM plan_item`)).toEqual(before);
  });
});
