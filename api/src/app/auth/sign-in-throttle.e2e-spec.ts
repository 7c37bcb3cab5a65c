import type { Response } from 'supertest';
import { createTestApp, DEMO_PASSWORD, TestApp } from '../../testing/test-app';

/** Wrong passwords from one address: each address below is a documentation address (RFC 5737). */
describe('sign-in back-off', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ loginLimitPerAddress: 1000, loginLimitPerUsername: 1000 })));
  afterAll(() => t.close());

  // The app trusts X-Forwarded-For from loopback, where supertest connects from.
  const attempt = (username: string, password: string, address: string) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', address).send({ username, password });
  const fail = async (username: string, address: string, times: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < times; i++) statuses.push((await attempt(username, `wrong-${i}`, address)).status);
    return statuses;
  };
  /** Lets the current wait of every key run out, as if its time had passed. */
  const endWaits = () =>
    t.db.query(`UPDATE sign_in_throttle SET blocked_until = now() - interval '1 second' WHERE blocked_until > now()`);
  const waitOf = (res: Response) => {
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('sign-in-delayed');
    expect(res.headers['retry-after']).toBe(String(res.body.params.seconds));
    return res.body.params.seconds as number;
  };
  /** Everything but the number of seconds, which can differ by one between two answers. */
  const shape = (res: Response) => ({
    status: res.status,
    body: JSON.parse(JSON.stringify(res.body).replace(/\d+/g, '0')),
    retryAfter: res.headers['retry-after'] !== undefined,
  });

  it('answers an unknown name exactly as a known one, through the failures and the wait', async () => {
    const known: Response[] = [];
    const unknown: Response[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await attempt('evaluator3', `wrong-${i}`, '192.0.2.10'));
      unknown.push(await attempt('no-such-person', `wrong-${i}`, '192.0.2.10'));
    }
    expect(known.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(unknown.map(shape)).toEqual(known.map(shape));
    expect(waitOf(known[5]!)).toBeLessThanOrEqual(30);
  });

  it('keeps a user signing in from another address while one address is made to wait, admin included', async () => {
    expect(await fail('admin', '192.0.2.66', 5)).toEqual([401, 401, 401, 401, 401]);
    waitOf(await attempt('admin', DEMO_PASSWORD, '192.0.2.66'));
    const elsewhere = await attempt('admin', DEMO_PASSWORD, '198.51.100.20').expect(201);
    expect(elsewhere.body.user.username).toBe('admin');
  });

  it('doubles the wait with each further failure, up to 15 minutes', async () => {
    await fail('evaluator', '192.0.2.20', 5);
    const waits = [waitOf(await attempt('evaluator', 'x', '192.0.2.20'))];
    for (let i = 0; i < 2; i++) {
      await endWaits();
      await attempt('evaluator', `again-${i}`, '192.0.2.20').expect(401);
      waits.push(waitOf(await attempt('evaluator', DEMO_PASSWORD, '192.0.2.20')));
    }
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(30);
    expect(waits[1]).toBeGreaterThan(30);
    expect(waits[1]).toBeLessThanOrEqual(60);
    expect(waits[2]).toBeGreaterThan(60);
    expect(waits[2]).toBeLessThanOrEqual(120);

    await t.db.query(`UPDATE sign_in_throttle SET failures = 40 WHERE key = 'pair:192.0.2.20|evaluator'`);
    await endWaits();
    await attempt('evaluator', 'again', '192.0.2.20').expect(401);
    const capped = waitOf(await attempt('evaluator', 'x', '192.0.2.20'));
    expect(capped).toBeGreaterThan(450);
    expect(capped).toBeLessThanOrEqual(900);
  });

  it('forgets the failures once the right password is given', async () => {
    expect(await fail('kalteng', '192.0.2.30', 4)).toEqual([401, 401, 401, 401]);
    await attempt('kalteng', DEMO_PASSWORD, '192.0.2.30').expect(201);
    expect(await fail('kalteng', '192.0.2.30', 4)).toEqual([401, 401, 401, 401]);
    await attempt('kalteng', DEMO_PASSWORD, '192.0.2.30').expect(201);
  });

  it('lets no more than five wrong passwords through when they arrive all at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => attempt('evaluator2', `parallel-${i}`, '192.0.2.40')),
    );
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
  });

  it('makes a username wait everywhere after 20 failures from many addresses, until an admin resets it', async () => {
    for (let i = 1; i <= 20; i++) await attempt('leader', `wrong-${i}`, `203.0.113.${i}`).expect(401);
    const fresh = await attempt('leader', DEMO_PASSWORD, '203.0.113.200');
    expect(waitOf(fresh)).toBeLessThanOrEqual(30);

    const admin = await attempt('admin', DEMO_PASSWORD, '127.0.0.1').expect(201);
    const auth = { Authorization: `Bearer ${admin.body.accessToken}` };
    const users = await t.http.get('/api/users?q=leader').set(auth).expect(200);
    const leader = users.body.find((u: { username: string }) => u.username === 'leader');
    expect(new Date(leader.lockedUntil).getTime()).toBeGreaterThan(Date.now());

    await t.http.post(`/api/users/${leader.id}/password`).set(auth).send({ password: 'kata-sandi-baru-1' }).expect(204);
    await attempt('leader', 'kata-sandi-baru-1', '203.0.113.201').expect(201);
  });
});
