import { createTestApp, TestApp } from '../../testing/test-app';

/** Fixed events around one Jakarta day (10 March 2025, WIB = UTC+7), inserted as the services would. */
interface Fixture {
  at: string;
  username: string;
  action: string;
  entityType: string;
  entityId: number | null;
  agencyId: number | null;
  periodId: number | null;
}

describe('audit trail: filters, paging and scope', () => {
  let t: TestApp;
  const tokens: Record<'admin' | 'evaluator' | 'kalteng' | 'leader', string> = {} as never;
  let kaltengId: number;
  let timurId: number;
  let kaltengItem: number;
  /** Ids of the fixture events, in insertion order. */
  let fixture: string[];
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  async function list(query: Record<string, string | number>, token = tokens.admin) {
    const res = await t.http
      .get('/api/audit')
      .query({ pageSize: 200, ...query })
      .set(auth(token))
      .expect(200);
    expect(res.body.total).toBeLessThanOrEqual(200);
    return { ids: res.body.items.map((e: { id: string }) => e.id) as string[], total: res.body.total as number };
  }

  async function sqlIds(where: string, params: unknown[] = []): Promise<string[]> {
    const rows = await t.db.query(
      `SELECT id::text AS id FROM audit_event e WHERE ${where} ORDER BY at DESC, id DESC`,
      params,
    );
    return rows.map((r: { id: string }) => r.id);
  }

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    for (const name of ['admin', 'evaluator', 'kalteng', 'leader'] as const) tokens[name] = await t.login(name);
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    [{ id: timurId }] = await t.db.query(`SELECT id FROM agency WHERE batch_code = 'timur' ORDER BY id LIMIT 1`);
    [{ id: kaltengItem }] = await t.db.query(
      `SELECT id FROM plan_item WHERE agency_id = $1 AND period_id = 2 AND current_rating_id IS NULL ORDER BY id LIMIT 1`,
      [kaltengId],
    );
    const [{ id: timurItem }] = await t.db.query(`SELECT id FROM plan_item WHERE agency_id = $1 LIMIT 1`, [timurId]);
    const events: Fixture[] = [
      // 9 March, 23:59:59 WIB
      {
        at: '2025-03-09T16:59:59Z',
        username: 'kalteng',
        action: 'item.updated',
        entityType: 'item',
        entityId: kaltengItem,
        agencyId: kaltengId,
        periodId: 1,
      },
      // 10 March, 00:00 WIB
      {
        at: '2025-03-09T17:00:00Z',
        username: 'evaluator',
        action: 'rating.created',
        entityType: 'item',
        entityId: kaltengItem,
        agencyId: kaltengId,
        periodId: 2,
      },
      // 10 March, 23:59:59.999 WIB
      {
        at: '2025-03-10T16:59:59.999Z',
        username: 'evaluator2',
        action: 'rating.created',
        entityType: 'item',
        entityId: timurItem,
        agencyId: timurId,
        periodId: 2,
      },
      // 11 March, 00:00 WIB: a failed sign-in with a name nobody has
      {
        at: '2025-03-10T17:00:00Z',
        username: 'mallory',
        action: 'login.failed',
        entityType: 'user',
        entityId: null,
        agencyId: null,
        periodId: null,
      },
    ];
    fixture = [];
    for (const e of events) {
      const [row] = await t.db.query(
        `INSERT INTO audit_event (at, user_id, username, action, entity_type, entity_id, agency_id, period_id, after)
         VALUES ($1, (SELECT id FROM app_user WHERE username = $2), $2, $3, $4, $5, $6, $7, '{"note":"fixture"}')
         RETURNING id::text AS id`,
        [e.at, e.username, e.action, e.entityType, e.entityId, e.agencyId, e.periodId],
      );
      fixture.push(row.id);
    }
  });
  afterAll(() => t.close());

  it('records the period on the events of ratings, publications and periods', async () => {
    await t.http
      .post(`/api/items/${kaltengItem}/ratings`)
      .set(auth(tokens.evaluator))
      .send({ color: 'yellow', expectedVersion: 0 })
      .expect(201);
    await t.http
      .post(`/api/items/${kaltengItem}/publications`)
      .set(auth(tokens.kalteng))
      .send({ channel: 'banner', publishedAt: '2025-10-06' })
      .expect(201);
    const period = await t.http
      .post('/api/periods')
      .set(auth(tokens.admin))
      .send({ name: 'Evaluasi Audit 2031', year: 2031, instrumentVersion: '2031.1' })
      .expect(201);
    const rows = await t.db.query(
      `SELECT action, period_id AS "periodId" FROM audit_event
       WHERE action IN ('rating.created', 'publication.created', 'period.created') AND at > now() - interval '1 hour'
       ORDER BY id`,
    );
    expect(rows).toEqual([
      { action: 'rating.created', periodId: 2 },
      { action: 'publication.created', periodId: 2 },
      { action: 'period.created', periodId: period.body.id },
    ]);
  });

  it('narrows to exactly the events each filter names, as SQL counts them', async () => {
    const cases: Array<[Record<string, string | number>, string, unknown[]]> = [
      [{ username: 'EVALUATOR' }, `lower(username) = 'evaluator'`, []],
      [{ userId: 3 }, 'user_id = 3', []],
      [{ action: 'rating.created' }, `action = 'rating.created'`, []],
      [{ action: 'login.' }, `action LIKE 'login.%'`, []],
      [{ agencyId: kaltengId }, 'agency_id = $1', [kaltengId]],
      [{ periodId: 2 }, 'period_id = 2', []],
      [
        { entityType: 'item', entityId: String(kaltengItem) },
        `entity_type = 'item' AND entity_id = $1`,
        [`${kaltengItem}`],
      ],
      [{ from: '2025-03-10T17:00:00Z' }, `at >= '2025-03-10T17:00:00Z'`, []],
    ];
    const all = await sqlIds('TRUE');
    for (const [query, where, params] of cases) {
      const expected = await sqlIds(where, params);
      expect({ query, size: expected.length > 0 && expected.length < all.length }).toEqual({ query, size: true });
      const got = await list(query);
      expect({ query, ids: got.ids, total: got.total }).toEqual({ query, ids: expected, total: expected.length });
    }
  });

  it('reads dates as whole Jakarta days, both ends included', async () => {
    const [nineth, tenthStart, tenthEnd, eleventh] = fixture;
    expect((await list({ from: '2025-03-10', to: '2025-03-10' })).ids).toEqual([tenthEnd, tenthStart]);
    expect((await list({ to: '2025-03-09' })).ids).toEqual([nineth]);
    expect((await list({ from: '2025-03-09', to: '2025-03-11' })).ids).toEqual([
      eleventh,
      tenthEnd,
      tenthStart,
      nineth,
    ]);
    expect(
      (await list({ action: 'rating.', periodId: 2, agencyId: timurId, from: '2025-03-10', to: '2025-03-10' })).ids,
    ).toEqual([tenthEnd]);
  });

  it('pages through the events newest first, with the total', async () => {
    const all = await sqlIds('TRUE');
    const res = await t.http.get('/api/audit?page=2&pageSize=3').set(auth(tokens.admin)).expect(200);
    expect(res.body.total).toBe(all.length);
    expect(res.body.items.map((e: { id: string }) => e.id)).toEqual(all.slice(3, 6));
  });

  it('names what each event concerns, so the screen can link to it', async () => {
    const res = await t.http
      .get('/api/audit')
      .query({ from: '2025-03-10', to: '2025-03-10' })
      .set(auth(tokens.admin))
      .expect(200);
    const [{ title }] = await t.db.query(`SELECT title FROM plan_item WHERE id = $1`, [kaltengItem]);
    expect(res.body.items[1]).toMatchObject({
      id: fixture[1],
      at: '2025-03-09T17:00:00.000Z',
      username: 'evaluator',
      action: 'rating.created',
      entityType: 'item',
      entityId: String(kaltengItem),
      itemId: kaltengItem,
      subject: title,
      agencyId: kaltengId,
      agencyName: 'Provinsi Kalimantan Tengah',
      periodId: 2,
      periodName: 'Evaluasi Rencana Aksi BerAKHLAK 2025',
      after: { note: 'fixture' },
    });
  });

  it('lists the distinct actions on record for the filter', async () => {
    const expected = (await t.db.query(`SELECT DISTINCT action FROM audit_event ORDER BY action`)).map(
      (r: { action: string }) => r.action,
    );
    const res = await t.http.get('/api/audit/actions').set(auth(tokens.admin)).expect(200);
    expect(res.body).toEqual(expected);
    expect(res.body).toEqual(expect.arrayContaining(['login.failed', 'login.succeeded', 'rating.created']));
  });

  it("shows an evaluator only the events of the agencies he evaluates, never sign-ins or others' agencies", async () => {
    const mine = `agency_id IN (SELECT agency_id FROM evaluator_assignment WHERE evaluator_id = 2)`;
    const expected = await sqlIds(mine);
    expect(expected).toContain(fixture[1]);
    const got = await list({}, tokens.evaluator);
    expect(got.ids).toEqual(expected);
    expect(got.ids).not.toContain(fixture[2]);
    expect(got.ids).not.toContain(fixture[3]);
    // Asking for an agency outside his assignments finds nothing, though the admin sees its events.
    expect((await list({ agencyId: timurId })).total).toBeGreaterThan(0);
    expect(await list({ agencyId: timurId }, tokens.evaluator)).toEqual({ ids: [], total: 0 });
    expect(await list({ username: 'mallory' }, tokens.evaluator)).toEqual({ ids: [], total: 0 });
    const actions = await t.http.get('/api/audit/actions').set(auth(tokens.evaluator)).expect(200);
    const visible = await t.db.query(`SELECT DISTINCT action FROM audit_event WHERE ${mine} ORDER BY action`);
    expect(actions.body).toEqual(visible.map((r: { action: string }) => r.action));
    expect(actions.body).not.toContain('login.failed');
  });

  it('refuses the audit trail to agency teams and leadership with 403', async () => {
    for (const path of ['/api/audit', '/api/audit/actions', '/api/audit.csv', '/api/audit.xlsx']) {
      for (const who of ['kalteng', 'leader'] as const) {
        const res = await t.http.get(path).set(auth(tokens[who]));
        expect({ path, who, status: res.status }).toEqual({ path, who, status: 403 });
      }
      await t.http.get(path).expect(401);
    }
  });

  it('answers a bad filter with 400 naming the field', async () => {
    const bad: Array<[string, string]> = [
      ['userId=abc', 'userId'],
      ['username=a%20b', 'username'],
      ['action=Rating', 'action'],
      ['action=rating..created', 'action'],
      ['agencyId=0', 'agencyId'],
      ['periodId=-1', 'periodId'],
      ['periodId=2147483648', 'periodId'],
      ['from=2025-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2025-03-10T10:00:00', 'from'],
      ['pageSize=201', 'pageSize'],
      ['page=0', 'page'],
      ['colour=red', 'colour'],
    ];
    for (const path of ['/api/audit', '/api/audit.csv']) {
      for (const [query, field] of bad) {
        if (path !== '/api/audit' && field.startsWith('page')) continue;
        const res = await t.http.get(`${path}?${query}`).set(auth(tokens.admin));
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(JSON.stringify(res.body.message)).toContain(field);
      }
    }
    const reversed = await t.http.get('/api/audit?from=2025-03-11&to=2025-03-10').set(auth(tokens.admin)).expect(400);
    expect(reversed.body).toMatchObject({
      code: 'audit-range-reversed',
      params: { from: '2025-03-11', to: '2025-03-10' },
    });
    expect(reversed.body.message).toMatch(/from .* is after to/);
  });
});
