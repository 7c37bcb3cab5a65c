import { refreshTokenOf } from '../../testing/refresh-cookie';
import { createTestApp, DEMO_PASSWORD, TestApp } from '../../testing/test-app';

describe('session renewal with the default limits', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('still renews a real session after anyone sends bogus refresh tokens from many addresses', async () => {
    const session = await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '198.51.100.1')
      .send({ username: 'leader', password: DEMO_PASSWORD })
      .expect(201);
    const [{ id: someRow }] = await t.db.query(`SELECT max(id) AS id FROM refresh_token`);
    for (let i = 0; i < 20; i++) {
      // Half as a cookie (as browsers send it), half in the body; half name a real row with a wrong secret.
      const bogus = i % 4 < 2 ? `${someRow}.not-the-secret-${i}` : `bogus-${i}`;
      const req = t.http.post('/api/auth/refresh').set('X-Forwarded-For', `203.0.113.${i + 1}`);
      await (
        i % 2 === 0 ? req.set('Cookie', `pantau_refresh=${bogus}`).send({}) : req.send({ refreshToken: bogus })
      ).expect(401);
    }
    const renewed = await t.http
      .post('/api/auth/refresh')
      .set('X-Forwarded-For', '198.51.100.1')
      .send({ refreshToken: refreshTokenOf(session) })
      .expect(200);
    expect(renewed.body.user.username).toBe('leader');
  });
});

describe('session renewal limits', () => {
  let t: TestApp;
  beforeAll(
    async () =>
      (t = await createTestApp({
        loginLimitPerAddress: 1000,
        loginLimitPerUsername: 1000,
        refreshLimitPerAddress: 10,
        refreshLimitPerUser: 5,
      })),
  );
  afterAll(() => t.close());

  // The app trusts X-Forwarded-For from loopback, where supertest connects from.
  const renew = (refreshToken: string, address: string) =>
    t.http.post('/api/auth/refresh').set('X-Forwarded-For', address).send({ refreshToken });
  const signIn = (username: string, address: string) =>
    t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ username, password: DEMO_PASSWORD })
      .expect(201);

  it('limits renewals from one address, without touching other addresses', async () => {
    for (let i = 0; i < 10; i++) await renew(`bogus-${i}`, '192.0.2.50').expect(401);
    const limited = await renew('bogus-x', '192.0.2.50').expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({
      statusCode: 429,
      message: expect.stringMatching(/session renewals/),
      code: 'refresh-rate-limited',
      params: { seconds: Number(limited.headers['retry-after']) },
    });
    const session = await signIn('kalteng', '192.0.2.51');
    await renew(refreshTokenOf(session), '192.0.2.51').expect(200);
  });

  it("limits one user's renewals, counted only for verified tokens, with Retry-After", async () => {
    let current = await signIn('evaluator', '198.51.100.2');
    for (let i = 0; i < 5; i++) current = await renew(refreshTokenOf(current), `198.51.100.${10 + i}`).expect(200);
    const limited = await renew(refreshTokenOf(current), '198.51.100.30').expect(429);
    expect(limited.body).toMatchObject({ code: 'refresh-limited', params: { seconds: expect.any(Number) } });
    expect(limited.headers['retry-after']).toBe(String(limited.body.params.seconds));
    // The limit is the user's own: someone else renews as usual.
    const other = await signIn('evaluator2', '198.51.100.2');
    await renew(refreshTokenOf(other), '198.51.100.2').expect(200);
  });
});
