import { MONTHLY_MIN, WEEKLY_MIN } from '@pantau/domain';
import { createTestApp, TestApp } from '../../testing/test-app';
import { PublicationsService } from './publications.service';

const DAY = 86_400_000;
/** Period 2 is the 2025 evaluation: its publications are judged in the 90 days up to 2025-12-31. */
const REF = Date.UTC(2025, 11, 31);
const daysBefore = (n: number) => new Date(REF - n * DAY).toISOString().slice(0, 10);

describe('publication tracking', () => {
  let t: TestApp;
  let kalteng: string;
  let admin: string;
  let kaltengId: number;
  let items: number[];
  let otherItem: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const publish = (itemId: number, body: Record<string, unknown>, token = kalteng) =>
    t.http.post(`/api/items/${itemId}/publications`).set(auth(token)).send(body);
  const summary = async (itemId: number) =>
    (await t.http.get(`/api/items/${itemId}/publications/summary`).set(auth(kalteng)).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    kalteng = await t.login('kalteng');
    admin = await t.login('admin');
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    items = (
      await t.db.query(`SELECT id FROM plan_item WHERE agency_id = $1 AND period_id = 2 ORDER BY id LIMIT 4`, [
        kaltengId,
      ])
    ).map((r: { id: number }) => r.id);
    await t.db.query(`DELETE FROM publication WHERE item_id = ANY($1::int[])`, [items]);
    await t.db.query(`UPDATE plan_item SET cadence = 'monthly' WHERE id = ANY($1::int[])`, [items]);
    [{ id: otherItem }] = await t.db.query(
      `SELECT i.id FROM plan_item i JOIN agency a ON a.id = i.agency_id WHERE a.code = 'PROV-11' AND i.period_id = 2 LIMIT 1`,
    );
  });
  afterAll(() => t.close());

  it('logs a publication for its own item and lists the item publications newest first', async () => {
    const first = await publish(items[0]!, {
      channel: 'banner',
      url: 'https://kalteng.go.id/galeri/spanduk-berakhlak',
      publishedAt: '2025-10-06',
      note: 'Spanduk di halaman kantor gubernur',
    }).expect(201);
    expect(first.body).toMatchObject({
      itemId: items[0],
      channel: 'banner',
      publishedAt: '2025-10-06',
      id: expect.any(Number),
    });
    await publish(items[0]!, {
      channel: 'social-media',
      url: 'https://instagram.com/p/abc',
      publishedAt: '2025-11-10',
    }).expect(201);
    await publish(items[0]!, { channel: 'poster', publishedAt: '2025-09-01' }, admin).expect(201);

    const list = await t.http.get(`/api/items/${items[0]}/publications`).set(auth(kalteng)).expect(200);
    expect(list.body.map((p: { publishedAt: string }) => p.publishedAt)).toEqual([
      '2025-11-10',
      '2025-10-06',
      '2025-09-01',
    ]);
    const [event] = await t.db.query(
      `SELECT * FROM audit_event WHERE action = 'publication.created' AND entity_id = $1`,
      [String(first.body.id)],
    );
    expect(event).toMatchObject({ agency_id: kaltengId, entity_type: 'publication' });
  });

  it("answers 404 to an agency team for another agency's item, reading or writing", async () => {
    await t.http.get(`/api/items/${otherItem}/publications`).set(auth(kalteng)).expect(404);
    await t.http.get(`/api/items/${otherItem}/publications/summary`).set(auth(kalteng)).expect(404);
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM publication WHERE item_id = $1`, [
      otherItem,
    ]);
    const res = await publish(otherItem, { channel: 'website', publishedAt: '2025-10-01' }).expect(404);
    expect(res.body).toMatchObject({ message: 'Item not found', code: 'item-not-found' });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM publication WHERE item_id = $1`, [otherItem]);
    expect(n).toBe(before);
  });

  it('refuses bad input with messages a person can act on', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ channel: 'billboard', publishedAt: '2025-10-01' }, /channel must be one of banner/],
      [{ channel: 'website', url: 'ftp://kalteng.go.id/x', publishedAt: '2025-10-01' }, /http:\/\/ or https:\/\//],
      [{ channel: 'website', url: 'javascript:alert(1)', publishedAt: '2025-10-01' }, /http:\/\/ or https:\/\//],
      [
        { channel: 'website', url: `https://kalteng.go.id/${'a'.repeat(2000)}`, publishedAt: '2025-10-01' },
        /at most 2000/,
      ],
      [{ channel: 'website', publishedAt: '01/10/2025' }, /YYYY-MM-DD/],
      [{ channel: 'website', publishedAt: '2025-02-30' }, /real calendar date/],
      [{ channel: 'website', publishedAt: '1999-12-31' }, /between 2000-01-01 and today/],
      [{ channel: 'website', publishedAt: '2999-01-01' }, /between 2000-01-01 and today/],
      [{ channel: 'website', publishedAt: '2025-10-01', createdBy: 1 }, /should not exist/],
    ];
    for (const [body, message] of cases) {
      const res = await publish(items[1]!, body).expect(400);
      expect(JSON.stringify(res.body.message)).toMatch(message);
    }
  });

  it('refuses a publication in a closed period with 409 and the reason', async () => {
    const [{ id }] = await t.db.query(`SELECT id FROM plan_item WHERE agency_id = $1 AND period_id = 1 LIMIT 1`, [
      kaltengId,
    ]);
    const res = await publish(id, { channel: 'website', publishedAt: '2024-10-01' }).expect(409);
    expect(res.body.message).toMatch(/period is closed/);
    expect(res.body.code).toBe('publications-closed');
  });

  it("lets a province team read its regencies' publications but not log them", async () => {
    // The demo has no regency under a province yet: attach one of Central Kalimantan's.
    const [regency] = await t.db.query(
      `SELECT id FROM agency WHERE province_code = '62' AND type IN ('kabupaten', 'kota') ORDER BY id LIMIT 1`,
    );
    await t.db.query(`UPDATE agency SET parent_id = $1 WHERE id = $2`, [kaltengId, regency.id]);
    const [{ id }] = await t.db.query(`SELECT id FROM plan_item WHERE agency_id = $1 AND period_id = 2 LIMIT 1`, [
      regency.id,
    ]);
    await t.http.get(`/api/items/${id}/publications`).set(auth(kalteng)).expect(200);
    const res = await publish(id, { channel: 'website', publishedAt: '2025-10-01' }).expect(403);
    expect(res.body.message).toMatch(/agency team itself/);
    expect(res.body.code).toBe('publication-not-own');
  });

  it('lets only the agency team and admin log publications', async () => {
    await publish(items[1]!, { channel: 'website', publishedAt: '2025-10-01' }, await t.login('evaluator')).expect(403);
    await publish(items[1]!, { channel: 'website', publishedAt: '2025-10-01' }, await t.login('leader')).expect(403);
  });

  it('classifies the frequency at the boundaries of the counts', async () => {
    const item = items[1]!;
    expect(await summary(item)).toEqual({
      frequency: 'none',
      lastPublishedAt: null,
      channels: [],
      count: 0,
      overdue: true,
    });
    const add = async (k: number, channel = 'online-news') =>
      publish(item, { channel, url: `https://kalteng.go.id/berita/${k}`, publishedAt: daysBefore(k * 7) }).expect(201);

    await add(0, 'poster');
    expect(await summary(item)).toMatchObject({
      frequency: 'occasional',
      count: 1,
      lastPublishedAt: '2025-12-31',
      overdue: false,
    });
    for (let k = 1; k < MONTHLY_MIN - 1; k++) await add(k);
    expect(await summary(item)).toMatchObject({ frequency: 'occasional', count: MONTHLY_MIN - 1 });
    await add(MONTHLY_MIN - 1);
    expect(await summary(item)).toMatchObject({ frequency: 'monthly', count: MONTHLY_MIN });
    for (let k = MONTHLY_MIN; k < WEEKLY_MIN - 1; k++) await add(k);
    expect(await summary(item)).toMatchObject({ frequency: 'monthly', count: WEEKLY_MIN - 1 });
    await add(WEEKLY_MIN - 1);
    expect(await summary(item)).toMatchObject({
      frequency: 'weekly',
      count: WEEKLY_MIN,
      channels: ['poster', 'online-news'],
    });
  });

  it('counts only the 90 days up to the reference date', async () => {
    const item = items[2]!;
    await publish(item, { channel: 'website', publishedAt: daysBefore(90) }).expect(201);
    expect(await summary(item)).toMatchObject({
      frequency: 'none',
      count: 0,
      lastPublishedAt: daysBefore(90),
      channels: [],
    });
    await publish(item, { channel: 'website', publishedAt: daysBefore(89) }).expect(201);
    expect(await summary(item)).toMatchObject({ frequency: 'occasional', count: 1, channels: ['website'] });
    // After the period's year, later publications do not change how the year is judged.
    await publish(item, { channel: 'banner', publishedAt: '2026-01-05' }).expect(201);
    expect(await summary(item)).toMatchObject({ count: 1, lastPublishedAt: daysBefore(89), channels: ['website'] });
  });

  it("is overdue once the last publication is older than the item's cadence", async () => {
    const item = items[3]!;
    await publish(item, { channel: 'banner', publishedAt: daysBefore(32) }).expect(201);
    expect(await summary(item)).toMatchObject({ overdue: true, lastPublishedAt: daysBefore(32) });
    await publish(item, { channel: 'banner', publishedAt: daysBefore(31) }).expect(201);
    expect(await summary(item)).toMatchObject({ overdue: false, lastPublishedAt: daysBefore(31) });
    await t.db.query(`UPDATE plan_item SET cadence = 'weekly' WHERE id = $1`, [item]);
    expect(await summary(item)).toMatchObject({ overdue: true });
  });

  it('summarises many items with one query, each on its own record', async () => {
    const service = t.app.get(PublicationsService);
    const queries = jest.spyOn(t.db.manager, 'query');
    const all = await service.summaries(t.db.manager, [...items, otherItem], 2025);
    expect(queries).toHaveBeenCalledTimes(1);
    queries.mockRestore();
    expect([...all.keys()].sort()).toEqual([...items, otherItem].sort());
    expect(all.get(items[1]!)!.frequency).toBe('weekly');
    expect(all.get(items[2]!)!.frequency).toBe('occasional');
    expect((await service.summaries(t.db.manager, [], 2025)).size).toBe(0);
  });
});
