import { Client } from 'pg';
import { createTestApp, TestApp } from '../../testing/test-app';
import { MatrixService } from '../matrix/matrix.service';

/**
 * The test databases share one PostgreSQL server with other test files, whose writes also move the stamp;
 * a hit is therefore looked for over a few attempts, while a stale answer must never appear.
 */
describe('read cache of the dashboard reads', () => {
  let t: TestApp;
  let leader: string;
  let evaluator: string;
  let kalteng: string;
  let kaltengId: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const MATRIX = '/api/periods/2/matrix?q=PROV-62';

  async function hitWithin(url: string, token: string, attempts = 8) {
    for (let i = 0; i < attempts; i++) {
      const first = await t.http.get(url).set(auth(token)).expect(200);
      const second = await t.http.get(url).set(auth(token)).expect(200);
      if (second.headers['x-read-cache'] === 'hit') return { first, second };
    }
    throw new Error(`no cache hit for ${url} in ${attempts} attempts`);
  }

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    [leader, evaluator, kalteng] = await Promise.all(['leader', 'evaluator', 'kalteng'].map((u) => t.login(u)));
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
  });
  afterAll(() => t.close());

  it('serves an unchanged answer again from the cache, byte for byte, with an ETag', async () => {
    const { first, second } = await hitWithin(MATRIX, leader);
    expect(second.text).toBe(first.text);
    expect(second.headers['etag']).toMatch(/^W\/".+"$/);
    expect(second.headers['etag']).toBe(first.headers['etag']);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(second.headers['cache-control']).toBe('private, no-cache');
    expect(second.body.rows[0].agency.code).toBe('PROV-62');
  });

  it('answers 304 without a body when the client already has the answer', async () => {
    // Another test file's write between the two requests legitimately gives a new answer: try again.
    for (let attempt = 0; attempt < 8; attempt++) {
      const { second } = await hitWithin(MATRIX, leader);
      const res = await t.http.get(MATRIX).set(auth(leader)).set('If-None-Match', second.headers['etag']!);
      if (res.status === 304) {
        expect(res.text ?? '').toBe('');
        expect(res.headers['etag']).toBe(second.headers['etag']);
        return;
      }
      expect(res.status).toBe(200);
      expect(res.headers['etag']).not.toBe(second.headers['etag']);
    }
    throw new Error('never answered 304 to a current ETag');
  });

  it('compresses the answer for clients that accept gzip', async () => {
    const plain = await t.http
      .get('/api/periods/2/matrix')
      .set(auth(leader))
      .set('Accept-Encoding', 'identity')
      .expect(200);
    const zipped = await t.http
      .get('/api/periods/2/matrix')
      .set(auth(leader))
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBeLessThan(Number(plain.headers['content-length']) / 4);
    expect(zipped.body.total).toBe(plain.body.total);
  });

  it('never serves an answer computed before a rating the caller has just saved', async () => {
    const [item] = await t.db.query(
      `SELECT id, version, pillar_code FROM plan_item
       WHERE agency_id = $1 AND period_id = 2 AND current_rating_id IS NULL ORDER BY id LIMIT 1`,
      [kaltengId],
    );
    const cell = (body: any) => body.rows[0].cells.find((c: { pillar: string }) => c.pillar === item.pillar_code);
    const { second: before } = await hitWithin(MATRIX, leader);
    await t.http
      .post(`/api/items/${item.id}/ratings`)
      .set(auth(evaluator))
      .send({ color: 'green', expectedVersion: item.version })
      .expect(201);
    const after = await t.http.get(MATRIX).set(auth(leader)).expect(200);
    expect(after.headers['x-read-cache']).toBe('miss');
    expect(cell(after.body).green).toBe(cell(before.body).green + 1);
    expect(cell(after.body).grey).toBe(cell(before.body).grey - 1);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
  });

  it('sees a change committed by another process (another connection) at once', async () => {
    await hitWithin(MATRIX, leader);
    const other = new Client({ connectionString: t.databaseUrl });
    await other.connect();
    try {
      await other.query(`UPDATE agency SET name = 'Provinsi Kalimantan Tengah (ubah)' WHERE id = $1`, [kaltengId]);
    } finally {
      await other.end();
    }
    const res = await t.http.get(MATRIX).set(auth(leader)).expect(200);
    expect(res.body.rows[0].agency.name).toBe('Provinsi Kalimantan Tengah (ubah)');
  });

  it('keeps each audience apart: an agency team never receives the leadership answer', async () => {
    const url = '/api/periods/2/matrix';
    await hitWithin(url, leader);
    const own = await t.http.get(url).set(auth(kalteng)).expect(200);
    expect(own.headers['x-read-cache']).toBe('miss');
    expect(own.body.total).toBeLessThan(10);
    expect(
      own.body.rows.every((r: { agency: { id: number; parentId: number | null } }) =>
        [r.agency.id, r.agency.parentId].includes(kaltengId),
      ),
    ).toBe(true);
    // before results are published the team sees how many items it has, not their colours
    expect(own.body.rows[0].cells.every((c: { red: number; green: number }) => c.red === 0 && c.green === 0)).toBe(
      true,
    );
  });

  it('recomputes when the client asks with Cache-Control: no-cache', async () => {
    await hitWithin(MATRIX, leader);
    const res = await t.http.get(MATRIX).set(auth(leader)).set('Cache-Control', 'no-cache').expect(200);
    expect(res.headers['x-read-cache']).toBe('miss');
  });

  it('computes an answer once for concurrent requests under the same stamp', async () => {
    const matrix = t.app.get(MatrixService);
    const spy = jest.spyOn(matrix, 'matrix');
    try {
      for (let attempt = 0; attempt < 8; attempt++) {
        await t.db.query(`UPDATE agency SET name = name WHERE id = $1`, [kaltengId]); // a commit: a new stamp
        spy.mockClear();
        const answers = await Promise.all(
          Array.from({ length: 8 }, () => t.http.get('/api/periods/1/matrix').set(auth(leader)).expect(200)),
        );
        expect(new Set(answers.map((a) => a.text)).size).toBe(1);
        const shared = answers.filter((a) => a.headers['x-read-cache'] === 'shared').length;
        // Only a miss computes; a shared answer waited for one, a hit reused one.
        expect(spy.mock.calls.length).toBe(answers.filter((a) => a.headers['x-read-cache'] === 'miss').length);
        if (shared > 0) return;
      }
      throw new Error('concurrent requests never shared a computation');
    } finally {
      spy.mockRestore();
    }
  });

  it('does not cache refusals', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await t.http.get('/api/periods/999999/matrix').set(auth(leader)).expect(404);
      expect(res.headers['x-read-cache']).toBeUndefined();
    }
  });
});
