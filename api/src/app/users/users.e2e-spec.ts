import { createTestApp, TestApp } from '../../testing/test-app';

describe('user administration', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    post: (url: string) => t.http.post(url).set('Authorization', `Bearer ${token}`),
    patch: (url: string) => t.http.patch(url).set('Authorization', `Bearer ${token}`),
    get: (url: string) => t.http.get(url).set('Authorization', `Bearer ${token}`),
    delete: (url: string) => t.http.delete(url).set('Authorization', `Bearer ${token}`),
  });

  it('creates a user who can sign in, and records it in the audit trail', async () => {
    const res = await as(admin)
      .post('/api/users')
      .send({ username: 'analis.baru', displayName: 'Analis Baru', password: 'rahasia-panjang-1', role: 'evaluator' })
      .expect(201);
    expect(res.body).toMatchObject({ username: 'analis.baru', role: 'evaluator', disabled: false });
    await t.login('analis.baru', 'rahasia-panjang-1');
    const [event] = await t.db.query(`SELECT * FROM audit_event WHERE action = 'user.created' AND entity_id = $1`, [
      String(res.body.id),
    ]);
    expect(event.after).toMatchObject({ username: 'analis.baru' });
    expect(event.request_id).toEqual(expect.any(String));
  });

  it('searches users by text, taking % and _ literally', async () => {
    const all = await as(admin).get('/api/users').expect(200);
    expect(all.body.length).toBeGreaterThan(3);
    const found = await as(admin).get('/api/users?q=EVALUATOR').expect(200);
    expect(found.body.map((u: { username: string }) => u.username)).toEqual(
      expect.arrayContaining(['evaluator', 'evaluator2']),
    );
    await as(admin).get('/api/users?q=_').expect(200, []);
    await as(admin).get('/api/users?q=%25').expect(200, []);
  });

  it('refuses an agency user without an agency, with a message that says so', async () => {
    const res = await as(admin)
      .post('/api/users')
      .send({ username: 'tim.x', displayName: 'Tim X', password: 'rahasia-panjang-1', role: 'agency' })
      .expect(400);
    expect(JSON.stringify(res.body.message)).toMatch(/agencyId/);
  });

  it('disables a user: the token stops working', async () => {
    const created = await as(admin)
      .post('/api/users')
      .send({
        username: 'akan.nonaktif',
        displayName: 'X',
        password: 'rahasia-panjang-1',
        role: 'leadership',
        batch: 'timur',
      })
      .expect(201);
    const token = await t.login('akan.nonaktif', 'rahasia-panjang-1');
    await as(admin).patch(`/api/users/${created.body.id}`).send({ disabled: true }).expect(200);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('resets a password', async () => {
    const [u] = await t.db.query(`SELECT id FROM app_user WHERE username = 'evaluator3'`);
    await as(admin).post(`/api/users/${u.id}/password`).send({ password: 'kata-sandi-baru-1' }).expect(204);
    await t.login('evaluator3', 'kata-sandi-baru-1');
  });

  it('cannot delete, disable or demote the last admin', async () => {
    const [u] = await t.db.query(`SELECT id FROM app_user WHERE username = 'admin'`);
    const del = await as(admin).delete(`/api/users/${u.id}`).expect(409);
    expect(del.body.message).toMatch(/last active admin/);
    expect(del.body.code).toBe('last-active-admin');
    await as(admin).patch(`/api/users/${u.id}`).send({ role: 'evaluator' }).expect(409);
    await as(admin).patch(`/api/users/${u.id}`).send({ disabled: true }).expect(409);
  });

  it('is for admins only', async () => {
    await as(await t.login('leader'))
      .get('/api/users')
      .expect(403);
  });

  it('manages evaluator assignments with a workload view', async () => {
    const [ev] = await t.db.query(`SELECT id FROM app_user WHERE username = 'evaluator2'`);
    const [a] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    await t.http
      .put('/api/periods/2/assignments')
      .set('Authorization', `Bearer ${admin}`)
      .send({ evaluatorId: ev.id, agencyIds: [a.id] })
      .expect(200);
    const list = await as(admin).get(`/api/periods/2/assignments?evaluatorId=${ev.id}`).expect(200);
    expect(list.body.map((r: { agencyId: number }) => r.agencyId)).toContain(a.id);
    const workload = await as(admin).get('/api/periods/2/assignments/workload').expect(200);
    const row = workload.body.find((w: { username: string }) => w.username === 'evaluator2');
    expect(row.agencies).toBe(72);
    const [direct] = await t.db.query(
      `SELECT sum(s.total - s.rated)::int AS unrated FROM evaluator_assignment ea
       JOIN agency_score s ON s.period_id = ea.period_id AND s.agency_id = ea.agency_id
       WHERE ea.period_id = 2 AND ea.evaluator_id = $1`,
      [ev.id],
    );
    expect(row).toMatchObject({ unrated: direct.unrated, awaitingDecision: 0 });
    expect(row.unrated).toBe(row.items - row.rated);
    // Moving the agency back keeps its ratings and who gave them.
    const [{ raters }] = await t.db.query(
      `SELECT count(DISTINCT r.evaluator_id)::int AS raters FROM rating r JOIN plan_item i ON i.id = r.item_id
       WHERE i.agency_id = $1 AND i.period_id = 2`,
      [a.id],
    );
    const [first] = await t.db.query(`SELECT id FROM app_user WHERE username = 'evaluator'`);
    await t.http
      .put('/api/periods/2/assignments')
      .set('Authorization', `Bearer ${admin}`)
      .send({ evaluatorId: first.id, agencyIds: [a.id] })
      .expect(200);
    const [after] = await t.db.query(
      `SELECT count(DISTINCT r.evaluator_id)::int AS raters FROM rating r JOIN plan_item i ON i.id = r.item_id
       WHERE i.agency_id = $1 AND i.period_id = 2`,
      [a.id],
    );
    expect(after.raters).toBe(raters);
    await t.http
      .put('/api/periods/2/assignments')
      .set('Authorization', `Bearer ${admin}`)
      .send({ evaluatorId: ev.id, agencyIds: [999999] })
      .expect(400);
  });
});

describe('audit trail', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ loginLimitPerAddress: 1000 })));
  afterAll(() => t.close());

  it('lists events to admins by entity and user', async () => {
    const admin = await t.login('admin');
    const res = await t.http
      .get('/api/audit?entityType=user&pageSize=5')
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.items[0]).toMatchObject({ entityType: 'user', action: expect.any(String) });
  });

  it('cannot be altered or deleted, even directly in the database', async () => {
    await t.login('leader');
    // The app's own login has no right to; the owner is stopped by the trigger (reliability/database-roles).
    await expect(t.db.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/permission denied/);
  });

  it('rejects bad filters with a clear 400', async () => {
    const admin = await t.login('admin');
    const res = await t.http.get('/api/audit?from=yesterday').set('Authorization', `Bearer ${admin}`).expect(400);
    expect(JSON.stringify(res.body.message)).toMatch(/ISO date/);
  });
});
