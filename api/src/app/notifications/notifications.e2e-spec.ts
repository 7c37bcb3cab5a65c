import { createTestApp, TestApp } from '../../testing/test-app';
import { NotificationsService } from './notifications.service';

describe('notifications', () => {
  let t: TestApp;
  let kalteng: string;
  let kaltengId: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const notify = (key: string | null, title = 'Tenggat tindak lanjut 3 hari lagi') =>
    t.db.transaction((m) =>
      t.app.get(NotificationsService).notifyAgency(m, kaltengId, {
        kind: 'follow-up-reminder',
        title,
        body: 'Butir perlu ditanggapi paling lambat 14 Februari 2026.',
        link: '/follow-ups/1',
        dedupeKey: key,
      }),
    );

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    kalteng = await t.login('kalteng');
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
  });
  afterAll(() => t.close());

  it("reaches every active user of the agency's team, once per dedupe key", async () => {
    expect(await notify('reminder:1:3')).toBe(1);
    expect(await notify('reminder:1:3')).toBe(0);
    expect(await notify(null, 'Tanpa kunci')).toBe(1);
    expect(await notify(null, 'Tanpa kunci')).toBe(1);
    const other = await t.db.transaction((m) =>
      t.app.get(NotificationsService).notifyAgency(m, 1, { kind: 'x', title: 'x', body: 'x', dedupeKey: 'k' }),
    );
    expect(other).toBe(0); // agency 1 has no team account in the demo
  });

  it('lists only your own notifications, newest first, with the unread count', async () => {
    const res = await t.http.get('/api/notifications').set(auth(kalteng)).expect(200);
    expect(res.body).toMatchObject({ total: 3, unread: 3 });
    expect(res.body.items[0]).toMatchObject({
      kind: 'follow-up-reminder',
      title: 'Tanpa kunci',
      readAt: null,
      link: '/follow-ups/1',
    });
    const admin = await t.http
      .get('/api/notifications')
      .set(auth(await t.login('admin')))
      .expect(200);
    expect(admin.body).toMatchObject({ items: [], total: 0, unread: 0 });
    await t.http.get('/api/notifications?unread=maybe').set(auth(kalteng)).expect(400);
  });

  it('marks one as read, and refuses to touch somebody else’s', async () => {
    const { body } = await t.http.get('/api/notifications?unread=true').set(auth(kalteng)).expect(200);
    const id = body.items[0].id;
    await t.http
      .post(`/api/notifications/${id}/read`)
      .set(auth(await t.login('evaluator')))
      .expect(404);
    const read = await t.http.post(`/api/notifications/${id}/read`).set(auth(kalteng)).expect(200);
    expect(read.body).toMatchObject({ id, readAt: expect.any(String) });
    const again = await t.http.post(`/api/notifications/${id}/read`).set(auth(kalteng)).expect(200);
    expect(again.body.readAt).toBe(read.body.readAt);
    const unread = await t.http.get('/api/notifications?unread=true').set(auth(kalteng)).expect(200);
    expect(unread.body).toMatchObject({ total: 2, unread: 2 });
  });

  it('marks all as read, with an audit event', async () => {
    const res = await t.http.post('/api/notifications/read-all').set(auth(kalteng)).expect(200);
    expect(res.body).toEqual({ updated: 2 });
    const unread = await t.http.get('/api/notifications?unread=true').set(auth(kalteng)).expect(200);
    expect(unread.body).toEqual({ items: [], total: 0, unread: 0 });
    const [event] = await t.db.query(`SELECT * FROM audit_event WHERE action = 'notification.read-all'`);
    expect(event.after).toEqual({ updated: 2 });
    await t.http
      .post('/api/notifications/read-all')
      .set(auth(await t.login('leader')))
      .expect(403);
  });

  it('names the period each notification concerns, and none for one about no period', async () => {
    const [{ id: periodId, name }] = await t.db.query(`SELECT id, name FROM period WHERE id = 2`);
    await t.db.transaction(async (m) => {
      const notifications = t.app.get(NotificationsService);
      await notifications.notifyAgency(m, kaltengId, {
        kind: 'follow-up-overdue',
        title: 'Tindak lanjut melewati tenggat',
        body: '12 tindak lanjut belum ditanggapi melewati tenggatnya.',
        link: `/follow-ups?period=${periodId}&overdue=true`,
        periodId,
      });
      await notifications.notifyAgency(m, kaltengId, { kind: 'x', title: 'Tanpa periode', body: 'x' });
    });
    const res = await t.http.get('/api/notifications?pageSize=2').set(auth(kalteng)).expect(200);
    expect(res.body.items.map((n: { title: string; periodId: number | null; periodName: string | null }) => n)).toEqual(
      [
        expect.objectContaining({ title: 'Tanpa periode', periodId: null, periodName: null }),
        expect.objectContaining({ title: 'Tindak lanjut melewati tenggat', periodId, periodName: name }),
      ],
    );
    const read = await t.http.post(`/api/notifications/${res.body.items[1].id}/read`).set(auth(kalteng)).expect(200);
    expect(read.body).toMatchObject({ periodId, periodName: name });
  });
});
