import type { FollowUpPage, FollowUpSummary } from '@pantau/domain';
import { createTestApp, TestApp } from '../../testing/test-app';

/** The follow-up season at national scale, on the seeded demo after the 2025 results are published. */
describe('the follow-up season', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let kaltengId: number;
  let palangkarayaId: number;
  let acehFollowUp: number;
  let palangkarayaFollowUp: number;
  const auth = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const list = (who: string, query: string) =>
    t.http.get(`/api/follow-ups?${query}`).set(auth(who)) as unknown as Promise<{ status: number; body: FollowUpPage }>;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_LIMIT_PER_ADDRESS: '1000' });
    for (const who of ['admin', 'evaluator', 'evaluator2', 'leader', 'kalteng', 'koordinator-kalteng', 'palangkaraya'])
      tokens[who] = await t.login(who);
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    [{ id: palangkarayaId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'KOTA-62.71'`);
    // Make sure Kota Palangka Raya has a red item before publishing, rated through the API by its evaluator.
    const [item] = await t.db.query(
      `SELECT i.id FROM plan_item i WHERE i.agency_id = $1 AND i.period_id = 2 AND i.current_rating_id IS NULL
       ORDER BY i.id LIMIT 1`,
      [palangkarayaId],
    );
    if (item) {
      await t.http
        .post(`/api/items/${item.id}/ratings`)
        .set(auth('evaluator'))
        .send({ color: 'red', expectedVersion: 0, note: 'Belum ada bukti pelaksanaan.' })
        .expect(201);
    }
    await t.http.post('/api/periods/2/transition').set(auth('admin')).send({ to: 'published' }).expect(200);
    [{ id: palangkarayaFollowUp }] = await t.db.query(
      `SELECT id FROM follow_up WHERE agency_id = $1 AND period_id = 2 ORDER BY id LIMIT 1`,
      [palangkarayaId],
    );
    [{ id: acehFollowUp }] = await t.db.query(
      `SELECT f.id FROM follow_up f JOIN agency a ON a.id = f.agency_id WHERE a.province_code = '11' AND f.period_id = 2 LIMIT 1`,
    );
  });
  afterAll(() => t.close());

  it("pages the evaluator's assigned=me list through exactly the follow-ups of his assigned agencies", async () => {
    const expected: number[] = (
      await t.db.query(
        `SELECT f.id FROM follow_up f JOIN evaluator_assignment ea
           ON ea.period_id = f.period_id AND ea.agency_id = f.agency_id
         JOIN app_user u ON u.id = ea.evaluator_id AND u.username = 'evaluator'
         WHERE f.period_id = 2 ORDER BY f.id`,
      )
    ).map((r: { id: number }) => r.id);
    expect(expected.length).toBeGreaterThan(1000);
    const seen: number[] = [];
    for (let page = 1; ; page++) {
      const res = await list('evaluator', `periodId=2&assigned=me&pageSize=200&page=${page}`);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(expected.length);
      if (res.body.items.length === 0) break;
      seen.push(...res.body.items.map((f) => f.id));
    }
    expect(seen.sort((a, b) => a - b)).toEqual(expected);
    // Another evaluator's "mine" is his own, never a cached copy of the first one's.
    const other = await list('evaluator2', 'periodId=2&assigned=me&pageSize=1');
    expect(other.body.total).not.toBe(expected.length);
  });

  it('counts every state for the same filter, whatever state is chosen, and they add up to the total', async () => {
    const all = await list('admin', 'periodId=2&pageSize=1');
    const { open, responded, accepted, rejected, overdue } = all.body.counts;
    expect(open + responded + accepted + rejected).toBe(all.body.total);
    expect(open).toBeGreaterThan(4000);
    const [direct] = await t.db.query(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE state = 'open')::int AS open FROM follow_up WHERE period_id = 2`,
    );
    expect({ total: all.body.total, open }).toEqual({ total: direct.n, open: direct.open });
    const responding = await list('admin', 'periodId=2&state=responded&pageSize=5');
    expect(responding.body.counts).toEqual(all.body.counts);
    expect(responding.body.total).toBe(responded);
    expect(overdue).toBeLessThanOrEqual(open + rejected);
  });

  it('filters on the server by batch, province, agency type, pillar and words, and sorts by agency', async () => {
    const province = await list('admin', `periodId=2&province=${kaltengId}&pageSize=200`);
    const [direct] = await t.db.query(
      `SELECT count(*)::int AS n FROM follow_up f JOIN agency a ON a.id = f.agency_id
       WHERE f.period_id = 2 AND a.province_code = '62'`,
    );
    expect(province.body.total).toBe(direct.n);
    expect(province.body.items.map((f) => f.agencyId)).toContain(palangkarayaId);
    const cities = await list('admin', `periodId=2&province=${kaltengId}&agencyType=kota&pageSize=200`);
    const [{ name: cityName }] = await t.db.query(`SELECT name FROM agency WHERE id = $1`, [palangkarayaId]);
    expect(new Set(cities.body.items.map((f) => f.agencyName))).toEqual(new Set([cityName]));
    const adaptif = await list('admin', 'periodId=2&pillar=adaptif&batch=timur&pageSize=50');
    expect(adaptif.body.items.length).toBeGreaterThan(0);
    expect(adaptif.body.items.every((f) => f.pillar === 'adaptif')).toBe(true);
    const words = await list('admin', 'periodId=2&q=palangka&agencyType=kota&sort=agency&pageSize=200');
    expect(words.body.total).toBe(cities.body.total);
    const sorted = await list('admin', 'periodId=2&sort=agency&pageSize=100');
    const names = sorted.body.items.map((f) => f.agencyName!);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || 0));
  });

  it('answers a page past the end with no items and the right total, and bad filters with a 400 naming them', async () => {
    const past = await list('admin', 'periodId=2&page=100000&pageSize=50');
    expect(past.status).toBe(200);
    expect(past.body.items).toEqual([]);
    expect(past.body.total).toBeGreaterThan(4000);
    for (const [query, field] of [
      ['state=lost', /state must be one of open, responded, accepted, rejected/],
      ['batch=utara', /batch must be one of barat, tengah, timur, pusat/],
      ['sort=random', /sort must be one of due, agency, pillar/],
      ['agencyType=desa', /agencyType must be one of/],
      ['assigned=you', /assigned must be me/],
    ] as const) {
      const res = await list('admin', `periodId=2&${query}`);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toMatch(field);
    }
    const notProvince = await list('admin', `periodId=2&province=${palangkarayaId}`);
    expect(notProvince.status).toBe(400);
    expect((await list('leader', 'periodId=2&assigned=me')).status).toBe(400);
  });

  it('lets leadership read the list and the window per batch and province, and never write', async () => {
    expect((await list('leader', 'periodId=2&overdue=false&pageSize=5')).status).toBe(200);
    const summary = await t.http.get('/api/follow-ups/summary?periodId=2').set(auth('leader')).expect(200);
    const s = summary.body as FollowUpSummary;
    const total = s.batches.reduce((n, b) => n + b.total, 0);
    expect(total).toBe((await list('admin', 'periodId=2&pageSize=1')).body.total);
    const regional = s.batches.filter((b) => b.batch !== 'pusat').reduce((n, b) => n + b.total, 0);
    expect(s.provinces.reduce((n, p) => n + p.total, 0)).toBe(regional);
    expect(s.provinces).toHaveLength(38);
    const share = (p: { overdue: number; total: number }) => p.overdue / p.total;
    for (let k = 1; k < s.provinces.length; k++) {
      expect(share(s.provinces[k - 1]!)).toBeGreaterThanOrEqual(share(s.provinces[k]!));
    }
    const text = { text: 'Sudah', evidenceUrl: 'https://example.org/x' };
    await t.http.post(`/api/follow-ups/${palangkarayaFollowUp}/response`).set(auth('leader')).send(text).expect(403);
    await t.http.post(`/api/follow-ups/${palangkarayaFollowUp}/reminders`).set(auth('leader')).send({}).expect(403);
    await t.http
      .post(`/api/follow-ups/${palangkarayaFollowUp}/decision`)
      .set(auth('leader'))
      .send({ decision: 'reject', note: 'x' })
      .expect(403);
  });

  it("shows the coordinator its province's regencies and cities, and nothing of another province", async () => {
    const mine = await list('koordinator-kalteng', `periodId=2&province=${kaltengId}&pageSize=1`);
    expect(mine.status).toBe(200);
    const everything = await list('koordinator-kalteng', 'periodId=2&pageSize=1');
    expect(everything.body.total).toBe(mine.body.total);
    await t.http.get(`/api/follow-ups/${palangkarayaFollowUp}`).set(auth('koordinator-kalteng')).expect(200);
    await t.http.get(`/api/agencies/${palangkarayaId}`).set(auth('koordinator-kalteng')).expect(200);
    await t.http.get(`/api/follow-ups/${acehFollowUp}`).set(auth('koordinator-kalteng')).expect(404);
    const [{ id: aceh }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-11'`);
    expect((await list('koordinator-kalteng', `periodId=2&province=${aceh}`)).status).toBe(404);
    expect((await list('koordinator-kalteng', `periodId=2&agencyId=${aceh}`)).status).toBe(404);
    const summary = await t.http.get('/api/follow-ups/summary?periodId=2').set(auth('koordinator-kalteng')).expect(200);
    expect((summary.body as FollowUpSummary).provinces.map((p) => p.provinceId)).toEqual([kaltengId]);
    // Neither rates nor answers for an agency.
    await t.http
      .post(`/api/follow-ups/${palangkarayaFollowUp}/response`)
      .set(auth('koordinator-kalteng'))
      .send({ text: 'Sudah', evidenceUrl: 'https://example.org/x' })
      .expect(403);
    // The agency team of the city sees only its own.
    await t.http.get(`/api/agencies/${kaltengId}`).set(auth('palangkaraya')).expect(404);
  });

  it("delivers the coordinator's reminder and note to the agency team and keeps both in the follow-up's history", async () => {
    const reminded = await t.http
      .post(`/api/follow-ups/${palangkarayaFollowUp}/reminders`)
      .set(auth('koordinator-kalteng'))
      .send({ message: 'Mohon segera diunggah buktinya.' })
      .expect(201);
    expect(reminded.body.map((h: { kind: string }) => h.kind)).toEqual(['opened', 'reminder']);
    await t.http
      .post(`/api/follow-ups/${palangkarayaFollowUp}/reminders`)
      .set(auth('koordinator-kalteng'))
      .send({})
      .expect(409);
    await t.http
      .post(`/api/follow-ups/${palangkarayaFollowUp}/notes`)
      .set(auth('koordinator-kalteng'))
      .send({ text: 'Koordinasi dengan BPSDM dijadwalkan Senin.' })
      .expect(201);
    const [{ id: cityUser }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'palangkaraya'`);
    const notices: Array<{ kind: string; title: string; body: string; link: string }> = await t.db.query(
      `SELECT kind, title, body, link FROM notification WHERE user_id = $1 AND kind LIKE 'follow-up-coordinator-%' ORDER BY id`,
      [cityUser],
    );
    expect(notices.map((n) => n.kind)).toEqual(['follow-up-coordinator-reminder', 'follow-up-coordinator-note']);
    expect(notices[0]!.title).toMatch(/Pengingat dari koordinator provinsi · Evaluasi Rencana Aksi BerAKHLAK 2025/);
    expect(notices[0]!.body).toMatch(/Mohon segera diunggah buktinya/);
    expect(notices[0]!.link).toBe(`/follow-ups/${palangkarayaFollowUp}`);
    const inbox = await t.http.get('/api/notifications').set(auth('palangkaraya')).expect(200);
    expect(JSON.stringify(inbox.body)).toMatch(/Koordinasi dengan BPSDM/);

    await t.http
      .post(`/api/follow-ups/${palangkarayaFollowUp}/response`)
      .set(auth('palangkaraya'))
      .send({ text: 'Bukti sudah diunggah ke situs kota.', evidenceUrl: 'https://palangkaraya.go.id/bukti' })
      .expect(200);
    const history = await t.http.get(`/api/follow-ups/${palangkarayaFollowUp}/history`).set(auth('palangkaraya'));
    expect(history.status).toBe(200);
    expect(history.body.map((h: { kind: string }) => h.kind)).toEqual(['opened', 'reminder', 'note', 'response']);
    expect(history.body[1].by).toMatchObject({ displayName: expect.stringMatching(/Kalimantan Tengah/) });
    await t.http.get(`/api/follow-ups/${acehFollowUp}/history`).set(auth('palangkaraya')).expect(404);
    await t.http
      .post(`/api/follow-ups/${acehFollowUp}/notes`)
      .set(auth('koordinator-kalteng'))
      .send({ text: 'x' })
      .expect(404);
  });
});
