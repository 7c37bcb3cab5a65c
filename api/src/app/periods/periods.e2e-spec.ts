import { Client } from 'pg';
import { createTestApp, TestApp } from '../../testing/test-app';

describe('period lifecycle and plans', () => {
  let t: TestApp;
  let admin: string;
  let kalteng: string;
  let kaltengId: number;
  let periodId: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    admin = await t.login('admin');
    kalteng = await t.login('kalteng');
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
  });
  afterAll(() => t.close());

  it('lists periods with their thresholds and allowed transitions', async () => {
    const res = await t.http.get('/api/periods').set(auth(kalteng)).expect(200);
    expect(res.body[0]).toMatchObject({
      year: 2025,
      state: 'evaluation',
      thresholds: { green: 80, yellow: 50 },
      allowedTransitions: ['published'],
    });
  });

  it('creates a draft period (admin only) and refuses inverted thresholds', async () => {
    await t.http
      .post('/api/periods')
      .set(auth(admin))
      .send({ name: 'X', year: 2026, instrumentVersion: '2026.1' })
      .expect(400);
    const bad = await t.http
      .post('/api/periods')
      .set(auth(admin))
      .send({ name: 'Evaluasi 2026', year: 2026, instrumentVersion: '2026.1', greenThreshold: 40, yellowThreshold: 60 })
      .expect(400);
    expect(bad.body.message).toMatch(/yellow threshold/);
    expect(bad.body).toMatchObject({ code: 'thresholds-invalid', params: { green: 40, yellow: 60 } });
    const res = await t.http
      .post('/api/periods')
      .set(auth(admin))
      .send({ name: 'Evaluasi 2026', year: 2026, instrumentVersion: '2026.1', greenThreshold: 75 })
      .expect(201);
    expect(res.body).toMatchObject({ state: 'draft', thresholds: { green: 75, yellow: 50 }, instrumentFrozen: false });
    periodId = res.body.id;
    await t.http
      .post('/api/periods')
      .set(auth(await t.login('leader')))
      .send({ name: 'Y', year: 2026, instrumentVersion: '1' })
      .expect(403);
  });

  it('answers an illegal transition with 409 and the allowed ones', async () => {
    const res = await t.http
      .post(`/api/periods/${periodId}/transition`)
      .set(auth(admin))
      .send({ to: 'published' })
      .expect(409);
    expect(res.body).toMatchObject({ allowed: ['open'], message: expect.stringMatching(/cannot move to "published"/) });
    expect(res.body).toMatchObject({
      code: 'period-transition-refused',
      params: { from: 'draft', to: 'published', allowed: ['open'] },
    });
  });

  it('freezes the instrument when the period opens; the agency then edits its plan', async () => {
    const opened = await t.http
      .post(`/api/periods/${periodId}/transition`)
      .set(auth(admin))
      .send({ to: 'open' })
      .expect(200);
    expect(opened.body).toMatchObject({ state: 'open', instrumentFrozen: true });
    const created = await t.http
      .post(`/api/periods/${periodId}/agencies/${kaltengId}/items`)
      .set(auth(kalteng))
      .send({ pillar: 'adaptif', title: 'Hackathon inovasi layanan publik', cadence: 'monthly' })
      .expect(201);
    expect(created.body).toMatchObject({
      pillar: 'adaptif',
      version: null,
      rating: null,
      publications: { frequency: 'none' },
    });
    const edited = await t.http
      .patch(`/api/items/${created.body.id}`)
      .set(auth(kalteng))
      .send({ title: 'Hackathon inovasi layanan publik 2026' })
      .expect(200);
    expect(edited.body.title).toBe('Hackathon inovasi layanan publik 2026');
    const [cell] = await t.db.query(
      `SELECT grey FROM cell_count WHERE period_id = $1 AND agency_id = $2 AND pillar_code = 'adaptif'`,
      [periodId, kaltengId],
    );
    expect(cell.grey).toBe(1);
    const [other] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-11'`);
    await t.http
      .post(`/api/periods/${periodId}/agencies/${other.id}/items`)
      .set(auth(kalteng))
      .send({ pillar: 'loyal', title: 'Tidak boleh' })
      .expect(404);
  });

  it('lets no edit slip in while a transition out of open is committing', async () => {
    const [item] = await t.db.query(`SELECT id FROM plan_item WHERE period_id = $1`, [periodId]);
    const transition = new Client({ connectionString: t.databaseUrl });
    await transition.connect();
    try {
      await transition.query('BEGIN');
      await transition.query(`SELECT 1 FROM period WHERE id = $1 FOR UPDATE`, [periodId]);
      const edit = t.http.patch(`/api/items/${item.id}`).set(auth(kalteng)).send({ title: 'Diubah saat transisi' });
      const answered = edit.then((r) => r);
      await new Promise((r) => setTimeout(r, 300)); // the edit now waits for the period row
      await transition.query(`UPDATE period SET state = 'evaluation' WHERE id = $1`, [periodId]);
      await transition.query('COMMIT');
      const res = await answered;
      expect(res.status).toBe(409);
      expect(res.body.message).toMatch(/only while the period is open/);
    } finally {
      await transition.end();
      await t.db.query(`UPDATE period SET state = 'open' WHERE id = $1`, [periodId]);
    }
  });

  it('locks agency edits once the period is under evaluation, with the reason', async () => {
    await t.http.post(`/api/periods/${periodId}/transition`).set(auth(admin)).send({ to: 'evaluation' }).expect(200);
    const [item] = await t.db.query(`SELECT id FROM plan_item WHERE period_id = $1`, [periodId]);
    const res = await t.http.patch(`/api/items/${item.id}`).set(auth(kalteng)).send({ title: 'Diubah' }).expect(409);
    expect(res.body.message).toMatch(/only while the period is open/);
    expect(res.body).toMatchObject({ code: 'plan-locked', params: { state: 'evaluation' } });
  });

  it('opens follow-ups for every red item when results are published, then runs to closed', async () => {
    const [{ red }] = await t.db.query(
      `SELECT count(*)::int AS red FROM plan_item i JOIN rating r ON r.id = i.current_rating_id WHERE i.period_id = 2 AND r.color = 'red'`,
    );
    expect(red).toBeGreaterThan(0);
    const published = await t.http
      .post('/api/periods/2/transition')
      .set(auth(admin))
      .send({ to: 'published' })
      .expect(200);
    expect(published.body).toMatchObject({ state: 'published', followUpsOpened: red });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM follow_up WHERE period_id = 2 AND state = 'open'`);
    expect(n).toBe(red);
    const kaltengItems = await t.http.get(`/api/periods/2/agencies/${kaltengId}/items`).set(auth(kalteng)).expect(200);
    expect(kaltengItems.body.some((i: { rating: unknown }) => i.rating !== null)).toBe(true);
    await t.http.post('/api/periods/2/transition').set(auth(admin)).send({ to: 'follow-up' }).expect(200);
    const closed = await t.http.post('/api/periods/2/transition').set(auth(admin)).send({ to: 'closed' }).expect(200);
    expect(closed.body.allowedTransitions).toEqual([]);
    const events = await t.db.query(
      `SELECT after->>'state' AS state FROM audit_event WHERE action = 'period.transitioned' AND entity_id = '2' ORDER BY id`,
    );
    expect(events.map((e: { state: string }) => e.state)).toEqual(['published', 'follow-up', 'closed']);
  });
});
