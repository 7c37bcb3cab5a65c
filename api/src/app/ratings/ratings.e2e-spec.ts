import { createTestApp, TestApp } from '../../testing/test-app';
import { findDrift } from '../scores/score-sql';

describe('ratings', () => {
  let t: TestApp;
  let evaluator: string;
  let kaltengId: number;
  /** An unrated 2025 item of Provinsi Kalimantan Tengah (batch Tengah, assigned to `evaluator`). */
  let itemId: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    evaluator = await t.login('evaluator');
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    const rows = await t.db.query(
      `SELECT id FROM plan_item WHERE agency_id = $1 AND period_id = 2 AND current_rating_id IS NULL ORDER BY id LIMIT 20`,
      [kaltengId],
    );
    itemId = rows[0].id;
  });
  afterAll(() => t.close());

  it('records a rating with the new version and moves the matrix counts', async () => {
    const before = await t.db.query(
      `SELECT c.red, c.grey FROM cell_count c JOIN plan_item i ON i.agency_id = c.agency_id AND i.period_id = c.period_id AND i.pillar_code = c.pillar_code WHERE i.id = $1`,
      [itemId],
    );
    const res = await t.http
      .post(`/api/items/${itemId}/ratings`)
      .set(auth(evaluator))
      .send({ color: 'red', note: 'Belum ada bukti', recommendation: 'Unggah bukti', expectedVersion: 0 })
      .expect(201);
    expect(res.body).toMatchObject({
      version: 1,
      rating: { color: 'red', points: 0, note: 'Belum ada bukti', version: 1 },
    });
    const after = await t.db.query(
      `SELECT c.red, c.grey FROM cell_count c JOIN plan_item i ON i.agency_id = c.agency_id AND i.period_id = c.period_id AND i.pillar_code = c.pillar_code WHERE i.id = $1`,
      [itemId],
    );
    expect(after[0]).toEqual({ red: before[0].red + 1, grey: before[0].grey - 1 });
    expect((await findDrift(t.db)).cells).toEqual([]);
  });

  it('answers 409 with the current rating on a stale expectedVersion', async () => {
    const res = await t.http
      .post(`/api/items/${itemId}/ratings`)
      .set(auth(evaluator))
      .send({ color: 'green', expectedVersion: 0 })
      .expect(409);
    expect(res.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      code: 'rating-conflict',
      params: { expectedVersion: 0, currentVersion: 1 },
      version: 1,
      current: { color: 'red', version: 1 },
    });
    expect(res.body.message).toMatch(/Someone rated this item/);
  });

  it('lets exactly one of two simultaneous ratings of the same version win', async () => {
    const results = await Promise.all(
      ['green', 'yellow'].map((color) =>
        t.http.post(`/api/items/${itemId}/ratings`).set(auth(evaluator)).send({ color, expectedVersion: 1 }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const history = await t.http.get(`/api/items/${itemId}/ratings`).set(auth(evaluator)).expect(200);
    expect(history.body.map((r: { version: number }) => r.version)).toEqual([2, 1]);
  });

  it('refuses a rating from an evaluator not assigned to the agency with 403', async () => {
    const res = await t.http
      .post(`/api/items/${itemId}/ratings`)
      .set(auth(await t.login('evaluator2')))
      .send({ color: 'green', expectedVersion: 2 })
      .expect(403);
    expect(res.body.message).toMatch(/not the evaluator assigned/);
    expect(res.body.code).toBe('rater-not-assigned');
  });

  it('refuses ratings from leadership with 403', async () => {
    const res = await t.http
      .post(`/api/items/${itemId}/ratings`)
      .set(auth(await t.login('leader')))
      .send({ color: 'green', expectedVersion: 2 })
      .expect(403);
    expect(res.body).toMatchObject({ code: 'role-forbidden', params: { role: 'leadership' } });
  });

  it('rejects a colour outside red, yellow and green with a clear 400', async () => {
    const res = await t.http
      .post(`/api/items/${itemId}/ratings`)
      .set(auth(evaluator))
      .send({ color: 'blue', expectedVersion: 2 })
      .expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining(['color must be red, yellow or green']));
    expect(res.body).toMatchObject({
      code: 'validation-failed',
      params: { fields: [{ field: 'color', rule: 'isIn' }] },
    });
  });

  it('refuses ratings in a closed period', async () => {
    const [old] = await t.db.query(`SELECT id, version FROM plan_item WHERE agency_id = $1 AND period_id = 1 LIMIT 1`, [
      kaltengId,
    ]);
    const res = await t.http
      .post(`/api/items/${old.id}/ratings`)
      .set(auth(evaluator))
      .send({ color: 'green', expectedVersion: old.version });
    // The 2024 assignment exists too, so the refusal is about the period state.
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/closed/);
    expect(res.body).toMatchObject({ code: 'rating-period-closed', params: { state: 'closed' } });
  });

  it('hides ratings from the agency team until results are published', async () => {
    const kalteng = await t.login('kalteng');
    const items = await t.http.get(`/api/periods/2/agencies/${kaltengId}/items`).set(auth(kalteng)).expect(200);
    const mine = items.body.find((i: { id: number }) => i.id === itemId);
    // The version counts ratings, so it would tell which items were rated.
    expect(items.body.length).toBeGreaterThan(0);
    expect(items.body.filter((i: { version: number | null }) => i.version !== null)).toEqual([]);
    expect((await t.http.get(`/api/items/${itemId}`).set(auth(kalteng)).expect(200)).body.version).toBeNull();
    expect(mine.rating).toBeNull();
    expect(mine.suggestion).toBeNull();
    const history = await t.http.get(`/api/items/${itemId}/ratings`).set(auth(kalteng)).expect(200);
    expect(history.body).toEqual([]);
    const evaluatorView = await t.http.get(`/api/items/${itemId}`).set(auth(evaluator)).expect(200);
    expect(evaluatorView.body.rating).toMatchObject({ version: 2 });
    expect(evaluatorView.body.version).toBe(2);
    expect(evaluatorView.body.suggestion).toMatchObject({
      color: expect.stringMatching(/red|yellow|green/),
      reason: expect.any(String),
    });
  });

  it('answers 404 to kalteng for an item of another province, and never lists it', async () => {
    const kalteng = await t.login('kalteng');
    const [other] = await t.db.query(
      `SELECT i.id, i.agency_id FROM plan_item i JOIN agency a ON a.id = i.agency_id WHERE a.code = 'PROV-11' LIMIT 1`,
    );
    const res = await t.http.get(`/api/items/${other.id}`).set(auth(kalteng)).expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      message: 'Item not found',
      error: 'Not Found',
      code: 'item-not-found',
    });
    await t.http.get(`/api/items/${other.id}/ratings`).set(auth(kalteng)).expect(404);
    await t.http.get(`/api/periods/2/agencies/${other.agency_id}/items`).set(auth(kalteng)).expect(404);
    const list = await t.http.get('/api/agencies?pageSize=1000').set(auth(kalteng)).expect(200);
    expect(list.body.items.map((a: { id: number }) => a.id)).toEqual([kaltengId]);
    const matrix = await t.http.get('/api/periods/1/matrix').set(auth(kalteng)).expect(200);
    expect(matrix.body.rows.map((r: { agency: { id: number } }) => r.agency.id)).toEqual([kaltengId]);
  });

  it('rates many items all or nothing, reporting every refused row', async () => {
    const rows = await t.db.query(
      `SELECT i.id, i.version FROM plan_item i JOIN agency a ON a.id = i.agency_id
       WHERE a.batch_code = 'tengah' AND i.period_id = 2 AND i.current_rating_id IS NULL ORDER BY i.id DESC LIMIT 3`,
    );
    expect(rows).toHaveLength(3);
    const ratings = rows.map((r: { id: number; version: number }) => ({
      itemId: r.id,
      color: 'yellow',
      expectedVersion: r.version,
    }));
    const bad = { itemId: itemId, color: 'green', expectedVersion: 0 };
    const refused = await t.http
      .post('/api/periods/2/ratings:bulk')
      .set(auth(evaluator))
      .send({ ratings: [...ratings, bad] })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'bulk-ratings-refused', params: { refused: 1, total: 4 } });
    expect(refused.body.errors).toEqual([
      {
        index: 3,
        itemId,
        statusCode: 409,
        code: 'rating-conflict',
        params: { expectedVersion: 0, currentVersion: 2 },
        message: expect.stringMatching(/Someone rated/),
      },
    ]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM rating WHERE item_id = ANY($1::int[])`, [
      rows.map((r: { id: number }) => r.id),
    ]);
    expect(n).toBe(0);
    const ok = await t.http.post('/api/periods/2/ratings:bulk').set(auth(evaluator)).send({ ratings }).expect(201);
    expect(ok.body.results.map((r: { version: number }) => r.version)).toEqual([1, 1, 1]);
    expect((await findDrift(t.db)).cells).toEqual([]);
  });

  it('marks an agency done only when every item is rated', async () => {
    const unrated = await t.db.query(
      `SELECT id, version FROM plan_item WHERE agency_id = $1 AND period_id = 2 AND current_rating_id IS NULL`,
      [kaltengId],
    );
    const early = await t.http
      .post(`/api/periods/2/agencies/${kaltengId}/evaluation-done`)
      .set(auth(evaluator))
      .expect(409);
    expect(early.body.message).toMatch(/not rated yet/);
    expect(early.body).toMatchObject({ code: 'items-not-all-rated', params: { unrated: unrated.length } });
    for (const it of unrated) {
      await t.http
        .post(`/api/items/${it.id}/ratings`)
        .set(auth(evaluator))
        .send({ color: 'yellow', expectedVersion: it.version })
        .expect(201);
    }
    const done = await t.http
      .post(`/api/periods/2/agencies/${kaltengId}/evaluation-done`)
      .set(auth(evaluator))
      .expect(200);
    expect(done.body.evaluatedAt).toEqual(expect.any(String));
    const list = await t.http
      .get(
        `/api/periods/2/assignments?evaluatorId=${(await t.db.query(`SELECT id FROM app_user WHERE username = 'evaluator'`))[0].id}`,
      )
      .set(auth(evaluator))
      .expect(200);
    expect(list.body.find((a: { agencyId: number }) => a.agencyId === kaltengId).evaluatedAt).toEqual(
      expect.any(String),
    );
  });

  it('keeps the maintained counts equal to a full recomputation after many concurrent ratings', async () => {
    const items: Array<{ id: number; version: number }> = await t.db.query(
      `SELECT i.id, i.version FROM plan_item i JOIN agency a ON a.id = i.agency_id
       WHERE i.period_id = 2 AND a.batch_code = 'tengah' AND i.current_rating_id IS NULL ORDER BY i.id LIMIT 200`,
    );
    expect(items.length).toBeGreaterThanOrEqual(100);
    const colors = ['red', 'yellow', 'green'];
    const responses = [];
    for (let k = 0; k < items.length; k += 25) {
      responses.push(
        ...(await Promise.all(
          items.slice(k, k + 25).map((it, j) =>
            t.http
              .post(`/api/items/${it.id}/ratings`)
              .set(auth(evaluator))
              .send({ color: colors[j % 3], expectedVersion: it.version }),
          ),
        )),
      );
    }
    expect(responses.filter((r) => r.status !== 201)).toEqual([]);
    const drift = await findDrift(t.db);
    expect(drift).toEqual({ cells: [], agencies: 0 });
  });
});
