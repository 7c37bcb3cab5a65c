import { findDrift } from '../scores/score-sql';
import { RatingsService } from '../ratings/ratings.service';
import type { AuthUser } from '../auth/auth-user';
import { createTestApp, TestApp } from '../../testing/test-app';
import { FollowUpsService } from './follow-ups.service';

describe('follow-ups', () => {
  let t: TestApp;
  let kalteng: string;
  let evaluator: string;
  let kaltengId: number;
  /** Kalteng's period-2 items rated red, red, red, red, yellow before results are published. */
  let items: number[];
  let followUpOf: Map<number, number>;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const respond = (id: number, token = kalteng) =>
    t.http.post(`/api/follow-ups/${id}/response`).set(auth(token)).send({
      text: 'Kegiatan sudah berjalan sejak Oktober; spanduk terpasang di 14 OPD.',
      evidenceUrl: 'https://kalteng.go.id/bukti/1',
    });
  const decide = (id: number, body: Record<string, unknown>, token = evaluator) =>
    t.http.post(`/api/follow-ups/${id}/decision`).set(auth(token)).send(body);
  const setPeriodState = (state: string) => t.db.query(`UPDATE period SET state = $1 WHERE id = 2`, [state]);

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    kalteng = await t.login('kalteng');
    evaluator = await t.login('evaluator');
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    items = (
      await t.db.query(`SELECT id FROM plan_item WHERE agency_id = $1 AND period_id = 2 ORDER BY id LIMIT 5`, [
        kaltengId,
      ])
    ).map((r: { id: number }) => r.id);
    const [u] = await t.db.query(
      `SELECT id, username, display_name AS "displayName" FROM app_user WHERE username = 'evaluator'`,
    );
    const rater: AuthUser = { ...u, role: 'evaluator', agencyId: null, batch: null };
    const ratings = t.app.get(RatingsService);
    for (const [k, id] of items.entries()) {
      await ratings.rate(rater, id, {
        color: k < 4 ? 'red' : 'yellow',
        note: 'Belum ada bukti pelaksanaan.',
        expectedVersion: null,
      });
    }
  });
  afterAll(() => t.close());

  it('opens a follow-up for every red item when results are published, once', async () => {
    const [{ red }] = await t.db.query(
      `SELECT count(*)::int AS red FROM plan_item i JOIN rating r ON r.id = i.current_rating_id WHERE i.period_id = 2 AND r.color = 'red'`,
    );
    await setPeriodState('published');
    const service = t.app.get(FollowUpsService);
    const opened = await t.db.transaction((m) => service.openForPublishedPeriod(m, 2));
    expect(opened).toBe(red);
    expect(await t.db.transaction((m) => service.openForPublishedPeriod(m, 2))).toBe(0);

    const rows = await t.db.query(
      `SELECT item_id, id, state, due_date - CURRENT_DATE AS days FROM follow_up WHERE item_id = ANY($1::int[])`,
      [items],
    );
    followUpOf = new Map(rows.map((r: { item_id: number; id: number }) => [r.item_id, r.id]));
    expect(rows).toHaveLength(4); // the yellow item has none: this period does not follow up on yellow
    expect(rows.every((r: { state: string; days: number }) => r.state === 'open' && r.days === 30)).toBe(true);
    const [notice] = await t.db.query(
      `SELECT n.* FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.username = 'kalteng' AND n.kind = 'follow-up-opened'`,
    );
    expect(notice.body).toMatch(/butir rencana aksi perlu ditindaklanjuti sebelum/);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'follow-up.opened' AND agency_id = $1`,
      [kaltengId],
    );
    expect(n).toBe(1);
  });

  it('also follows up on yellow items when the period says so', async () => {
    await t.db.query(`UPDATE period SET follow_up_on_yellow = true WHERE id = 2`);
    const opened = await t.db.transaction((m) => t.app.get(FollowUpsService).openForPublishedPeriod(m, 2));
    expect(opened).toBeGreaterThanOrEqual(1);
    const [row] = await t.db.query(`SELECT id FROM follow_up WHERE item_id = $1`, [items[4]]);
    expect(row).toBeDefined();
    followUpOf.set(items[4]!, row.id);
  });

  it("lists an agency's own follow-ups with item, pillar, agency and the visible rating", async () => {
    const res = await t.http.get('/api/follow-ups?periodId=2&pageSize=500').set(auth(kalteng)).expect(200);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM follow_up f JOIN agency a ON a.id = f.agency_id
       WHERE f.period_id = 2 AND (a.id = $1 OR a.parent_id = $1)`,
      [kaltengId],
    );
    expect(res.body.total).toBe(n);
    const agencies = new Set(res.body.items.map((f: { agencyId: number }) => f.agencyId));
    const [{ ids }] = await t.db.query(`SELECT array_agg(id) AS ids FROM agency WHERE id = $1 OR parent_id = $1`, [
      kaltengId,
    ]);
    expect([...agencies].every((a) => ids.includes(a))).toBe(true);
    const mine = res.body.items.find((f: { itemId: number }) => f.itemId === items[0]);
    expect(mine).toMatchObject({
      state: 'open',
      overdue: false,
      agencyName: expect.stringMatching(/Kalimantan Tengah/),
      pillar: expect.any(String),
      itemTitle: expect.any(String),
      ratingColor: 'red',
      ratingNote: 'Belum ada bukti pelaksanaan.',
    });
    const filtered = await t.http
      .get(`/api/follow-ups?periodId=2&agencyId=${kaltengId}&state=open&overdue=false`)
      .set(auth(kalteng))
      .expect(200);
    expect(filtered.body.items.length).toBeGreaterThan(0);
    expect(
      filtered.body.items.every(
        (f: { agencyId: number; state: string; overdue: boolean }) =>
          f.agencyId === kaltengId && f.state === 'open' && f.overdue === false,
      ),
    ).toBe(true);
  });

  it("never shows an agency team another agency's follow-up", async () => {
    const [other] = await t.db.query(
      `SELECT f.id, f.agency_id FROM follow_up f JOIN agency a ON a.id = f.agency_id
       WHERE f.period_id = 2 AND a.id <> $1 AND a.parent_id IS DISTINCT FROM $1 LIMIT 1`,
      [kaltengId],
    );
    await t.http.get(`/api/follow-ups/${other.id}`).set(auth(kalteng)).expect(404);
    await respond(other.id).expect(404);
    // Filtering on an agency outside one's scope is answered as if it did not exist, not with an empty list.
    await t.http.get(`/api/follow-ups?agencyId=${other.agency_id}`).set(auth(kalteng)).expect(404);
    const own = await t.http.get('/api/follow-ups?periodId=2&pageSize=200').set(auth(kalteng)).expect(200);
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.filter((f: { agencyId: number }) => f.agencyId !== kaltengId)).toEqual([]);
    await t.http.get(`/api/follow-ups/${other.id}`).set(auth(evaluator)).expect(200);
  });

  it('derives overdue from the due date and filters by it', async () => {
    const id = followUpOf.get(items[3]!)!;
    await t.db.query(`UPDATE follow_up SET due_date = CURRENT_DATE - 1 WHERE id = $1`, [id]);
    const res = await t.http
      .get(`/api/follow-ups?periodId=2&agencyId=${kaltengId}&overdue=true`)
      .set(auth(kalteng))
      .expect(200);
    expect(res.body.items.map((f: { id: number }) => f.id)).toEqual([id]);
    expect(res.body.items[0].overdue).toBe(true);
    await t.http.get('/api/follow-ups?overdue=yes').set(auth(kalteng)).expect(400);
    await t.http.get('/api/follow-ups?state=closed').set(auth(kalteng)).expect(400);
  });

  it('takes the agency response, once, and tells the assigned evaluator', async () => {
    const id = followUpOf.get(items[0]!)!;
    const bad = await t.http
      .post(`/api/follow-ups/${id}/response`)
      .set(auth(kalteng))
      .send({ text: '  ', evidenceUrl: 'javascript:alert(1)' })
      .expect(400);
    expect(bad.body.message).toEqual(
      expect.arrayContaining([
        'text must not be empty',
        expect.stringMatching(/evidenceUrl must be a full web address/),
      ]),
    );
    expect(bad.body).toMatchObject({
      code: 'validation-failed',
      params: {
        fields: expect.arrayContaining([
          { field: 'text', rule: 'notBlank' },
          { field: 'evidenceUrl', rule: 'isUrl' },
        ]),
      },
    });
    const res = await respond(id).expect(200);
    expect(res.body).toMatchObject({
      id,
      state: 'responded',
      evidenceUrl: 'https://kalteng.go.id/bukti/1',
      respondedAt: expect.any(String),
    });
    const again = await respond(id).expect(409);
    expect(again.body).toMatchObject({
      state: 'responded',
      code: 'follow-up-state-changed',
      params: { state: 'responded' },
      message: expect.stringMatching(/only an open or rejected/),
    });
    const inbox = await t.http.get('/api/notifications?unread=true').set(auth(evaluator)).expect(200);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'follow-up-responded', link: `/follow-ups/${id}` });
  });

  it('is decided only in the follow-up window', async () => {
    const res = await decide(followUpOf.get(items[0]!)!, { decision: 'accept', color: 'green' }).expect(409);
    expect(res.body.message).toMatch(/follow-up window; this period is "published"/);
    expect(res.body).toMatchObject({ code: 'follow-up-decide-closed', params: { state: 'published' } });
    await setPeriodState('follow-up');
  });

  it('is decided only by the evaluator assigned to the agency', async () => {
    const id = followUpOf.get(items[0]!)!;
    const res = await decide(id, { decision: 'accept', color: 'green' }, await t.login('evaluator2')).expect(403);
    expect(res.body.message).toMatch(/not the evaluator assigned/);
    expect(res.body.code).toBe('rater-not-assigned');
    await decide(id, { decision: 'accept', color: 'green' }, await t.login('leader')).expect(403);
    await decide(id, { decision: 'accept', color: 'green' }, kalteng).expect(403);
  });

  it('accepting records the new rating and makes it the current one', async () => {
    const id = followUpOf.get(items[0]!)!;
    const missing = await decide(id, { decision: 'accept' }).expect(400);
    expect(missing.body.message).toContain('color is required when accepting: red, yellow or green');
    expect(missing.body.params.fields).toEqual([{ field: 'color', rule: 'colorMatchesDecision' }]);
    const [before] = await t.db.query(`SELECT version, current_rating_id FROM plan_item WHERE id = $1`, [items[0]]);

    const res = await decide(id, { decision: 'accept', color: 'green', note: 'Bukti memadai.' }).expect(200);
    expect(res.body).toMatchObject({
      state: 'accepted',
      ratingColor: 'green',
      ratingNote: 'Bukti memadai.',
      decidedAt: expect.any(String),
    });
    const [after] = await t.db.query(
      `SELECT i.version, i.current_rating_id, r.color, f.rating_id FROM plan_item i
       JOIN rating r ON r.id = i.current_rating_id JOIN follow_up f ON f.item_id = i.id WHERE i.id = $1`,
      [items[0]],
    );
    expect(after).toMatchObject({ version: before.version + 1, color: 'green', rating_id: after.current_rating_id });
    expect(after.current_rating_id).not.toBe(before.current_rating_id);
    expect((await findDrift(t.db)).cells).toEqual([]);
    const actions = await t.db.query(
      `SELECT action FROM audit_event WHERE action IN ('follow-up.accepted', 'follow-up-rating.created')`,
    );
    expect(actions.map((a: { action: string }) => a.action).sort()).toEqual([
      'follow-up-rating.created',
      'follow-up.accepted',
    ]);
  });

  it('rejecting reopens the follow-up with a new due date, and the agency can answer again', async () => {
    const id = followUpOf.get(items[1]!)!;
    await respond(id).expect(200);
    await t.db.query(`UPDATE follow_up SET reminders_sent = '{7,3}', due_date = CURRENT_DATE + 2 WHERE id = $1`, [id]);
    const noNote = await decide(id, { decision: 'reject' }).expect(400);
    expect(noNote.body.message).toContain('note is required when rejecting: tell the agency what is still missing');
    expect(noNote.body.params.fields).toEqual([{ field: 'note', rule: 'noteMatchesDecision' }]);
    await decide(id, { decision: 'reject', note: 'x', color: 'green' }).expect(400);

    const res = await decide(id, { decision: 'reject', note: 'Bukti belum menunjukkan pelaksanaan.' }).expect(200);
    const [{ due }] = await t.db.query(`SELECT (CURRENT_DATE + 30)::text AS due`);
    expect(res.body).toMatchObject({
      state: 'rejected',
      dueDate: due,
      overdue: false,
      decisionNote: 'Bukti belum menunjukkan pelaksanaan.',
      ratingColor: 'red',
    });
    const [row] = await t.db.query(`SELECT reminders_sent, rating_id FROM follow_up WHERE id = $1`, [id]);
    expect(row).toEqual({ reminders_sent: [], rating_id: null });
    await respond(id).expect(200);
  });

  it('decides a follow-up once when two decisions arrive at the same moment', async () => {
    const id = followUpOf.get(items[2]!)!;
    await respond(id).expect(200);
    const [{ n: ratingsBefore }] = await t.db.query(`SELECT count(*)::int AS n FROM rating WHERE item_id = $1`, [
      items[2],
    ]);
    const results = await Promise.all([
      decide(id, { decision: 'accept', color: 'yellow' }),
      decide(id, { decision: 'reject', note: 'Belum cukup.' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.status === 200)!;
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.state).toBe(winner.body.state);
    const [{ n: ratingsAfter }] = await t.db.query(`SELECT count(*)::int AS n FROM rating WHERE item_id = $1`, [
      items[2],
    ]);
    expect(ratingsAfter - ratingsBefore).toBe(winner.body.state === 'accepted' ? 1 : 0);
  });

  it('tells the agency about each decision', async () => {
    const inbox = await t.http.get('/api/notifications').set(auth(kalteng)).expect(200);
    const kinds = inbox.body.items.map((n: { kind: string }) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['follow-up-opened', 'follow-up-accepted', 'follow-up-rejected']));
    const bodies = inbox.body.items.map((n: { body: string }) => n.body);
    expect(bodies).toEqual(expect.arrayContaining([expect.stringMatching(/dinilai ulang: Hijau \(lengkap\)\.$/)]));
    expect(bodies).toEqual(
      expect.arrayContaining([expect.stringMatching(/Bukti belum menunjukkan pelaksanaan.*Tanggapi kembali sebelum/)]),
    );
  });
});
