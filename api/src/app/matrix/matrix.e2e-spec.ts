import { PILLAR_CODES, pillarScore } from '@pantau/domain';
import { createTestApp, TestApp } from '../../testing/test-app';

describe('dashboard read models', () => {
  let t: TestApp;
  let leader: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    leader = await t.login('leader');
  });
  afterAll(() => t.close());

  it('returns every national agency with eight cells and an index', async () => {
    const res = await t.http.get('/api/periods/1/matrix').set(auth(leader)).expect(200);
    expect(res.body.total).toBe(632);
    expect(res.body.rows).toHaveLength(632);
    expect(res.body.period).toMatchObject({ id: 1, state: 'closed', instrumentFrozen: true });
    expect(res.body.pillars).toEqual(PILLAR_CODES);
    const row = res.body.rows[0];
    expect(row.cells).toHaveLength(8);
    expect(row.cells[0]).toEqual({
      pillar: 'berorientasi-pelayanan',
      score: expect.any(Number),
      color: expect.stringMatching(/red|yellow|green/),
      red: expect.any(Number),
      yellow: expect.any(Number),
      green: expect.any(Number),
      grey: 0,
    });
  });

  it('computes cell scores by the brief: points over twice the rated items', async () => {
    const res = await t.http.get('/api/periods/2/matrix?q=PROV-62').set(auth(leader)).expect(200);
    expect(res.body.rows[0].cells).toHaveLength(8);
    expect(res.body.rows[0].cells.some((c: { score: number | null }) => c.score !== null)).toBe(true);
    for (const c of res.body.rows[0].cells) expect(c.score).toBe(pillarScore(c));
  });

  it('filters by batch and sorts by index', async () => {
    const res = await t.http.get('/api/periods/1/matrix?batch=timur&sort=-index').set(auth(leader)).expect(200);
    expect(res.body.rows.length).toBeGreaterThan(0);
    expect(res.body.rows.every((r: { agency: { batch: string } }) => r.agency.batch === 'timur')).toBe(true);
    const idx = res.body.rows.map((r: { index: number }) => r.index);
    expect(idx).toEqual([...idx].sort((a, b) => b - a));
  });

  it('sorts by a pillar and pages', async () => {
    const res = await t.http.get('/api/periods/1/matrix?sort=adaptif&page=2&pageSize=10').set(auth(leader)).expect(200);
    expect(res.body.rows).toHaveLength(10);
    expect(res.body.total).toBe(632);
    const scores = res.body.rows.map(
      (r: { cells: Array<{ pillar: string; score: number }> }) => r.cells.find((c) => c.pillar === 'adaptif')!.score,
    );
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('pages by index in both directions: scored agencies in index order, unscored last by name', async () => {
    // Period 2 is under evaluation: some agencies have no rated item yet and no index.
    for (const sort of ['index', '-index']) {
      const all = await t.http.get(`/api/periods/2/matrix?batch=tengah&sort=${sort}`).set(auth(leader)).expect(200);
      type Row = { agency: { id: number; name: string }; index: number | null };
      const rows: Row[] = all.body.rows;
      const byName = (a: Row, b: Row) =>
        a.agency.name < b.agency.name ? -1 : a.agency.name > b.agency.name ? 1 : a.agency.id - b.agency.id;
      const scored = rows.filter((r) => r.index !== null);
      const unscored = rows.filter((r) => r.index === null);
      expect(unscored.length).toBeGreaterThan(0);
      expect(scored.length).toBeGreaterThan(0);
      const expected = [
        ...[...scored].sort((a, b) => (sort === 'index' ? a.index! - b.index! : b.index! - a.index!) || byName(a, b)),
        ...[...unscored].sort(byName),
      ];
      expect(rows.map((r) => r.agency.id)).toEqual(expected.map((r) => r.agency.id));
      const paged: number[] = [];
      for (let page = 1; paged.length < all.body.total; page++) {
        const res = await t.http
          .get(`/api/periods/2/matrix?batch=tengah&sort=${sort}&pageSize=7&page=${page}`)
          .set(auth(leader))
          .expect(200);
        expect(res.body.total).toBe(all.body.total);
        paged.push(...res.body.rows.map((r: Row) => r.agency.id));
      }
      expect(paged).toEqual(expected.map((r) => r.agency.id));
    }
  });

  it('answers an empty matrix, not an error, when no agency matches, and past the last page', async () => {
    const none = await t.http.get('/api/periods/1/matrix?q=tidak-ada-instansi-ini').set(auth(leader)).expect(200);
    expect(none.body).toMatchObject({ rows: [], total: 0 });
    const past = await t.http.get('/api/periods/1/matrix?page=99&pageSize=100').set(auth(leader)).expect(200);
    expect(past.body).toMatchObject({ rows: [], total: 632 });
  });

  it('rejects an unknown sort or batch with a clear 400', async () => {
    const res = await t.http.get('/api/periods/1/matrix?sort=popularity').set(auth(leader)).expect(400);
    expect(res.body.message[0]).toMatch(/sort must be one of/);
    await t.http.get('/api/periods/1/matrix?batch=utara').set(auth(leader)).expect(400);
    await t.http.get('/api/periods/999/matrix').set(auth(leader)).expect(404);
  });

  it('summarises national totals, pillars, batches, the distribution and follow-ups', async () => {
    const res = await t.http.get('/api/periods/1/summary').set(auth(leader)).expect(200);
    expect(res.body.agencies).toBe(632);
    expect(res.body.pillars).toHaveLength(8);
    expect(res.body.batches.map((b: { batch: string }) => b.batch)).toEqual(['barat', 'tengah', 'timur', 'pusat']);
    expect(res.body.distribution.reduce((s: number, d: { agencies: number }) => s + d.agencies, 0)).toBe(632);
    const weakest = [...res.body.pillars].sort((a, b) => a.score - b.score)[0];
    expect(weakest.pillar).toBe('adaptif');
    expect(res.body.followUps.open + res.body.followUps.responded + res.body.followUps.accepted).toBeGreaterThan(0);
    const timur = await t.http.get('/api/periods/1/summary?batch=timur').set(auth(leader)).expect(200);
    expect(timur.body.agencies).toBe(res.body.batches.find((b: { batch: string }) => b.batch === 'timur').agencies);
  });

  it("returns an agency's trend across periods with its survey index", async () => {
    const [a] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    const res = await t.http.get(`/api/agencies/${a.id}/trend`).set(auth(leader)).expect(200);
    expect(res.body.points.map((p: { year: number }) => p.year)).toEqual([2024, 2025]);
    expect(res.body.points[0]).toMatchObject({ index: expect.any(Number), survey: { overall: expect.any(Number) } });
  });

  it('hides unpublished scores from the agency team in the matrix, summary and trend', async () => {
    const kalteng = await t.login('kalteng');
    const m = await t.http.get('/api/periods/2/matrix').set(auth(kalteng)).expect(200);
    expect(m.body.rows[0].index).toBeNull();
    expect(m.body.rows[0].cells.every((c: { color: string; red: number }) => c.color === 'grey' && c.red === 0)).toBe(
      true,
    );
    const s = await t.http.get('/api/periods/2/summary').set(auth(kalteng)).expect(200);
    expect(s.body.index).toBeNull();
    const [{ id }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    const trend = await t.http.get(`/api/agencies/${id}/trend`).set(auth(kalteng)).expect(200);
    const byYear = new Map(trend.body.points.map((p: { year: number; index: number | null }) => [p.year, p.index]));
    expect(byYear.get(2025) ?? null).toBeNull();
    expect(byYear.get(2024)).toEqual(expect.any(Number));
    const published = await t.http.get('/api/periods/1/matrix').set(auth(kalteng)).expect(200);
    expect(published.body.rows[0].index).toEqual(expect.any(Number));
  });
});
