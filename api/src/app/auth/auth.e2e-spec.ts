import jwt from 'jsonwebtoken';
import request from 'supertest';
import { AppConfigService } from '../../services/config/app-config.service';
import { createTestApp, DEMO_PASSWORD, TestApp } from '../../testing/test-app';

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ loginLimitPerAddress: 1000, loginLimitPerUsername: 100 })));
  afterAll(() => t.close());

  it('answers a token and the user, and sets an httpOnly refresh cookie', async () => {
    const res = await t.http.post('/api/auth/login').send({ username: 'kalteng', password: DEMO_PASSWORD }).expect(201);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      user: {
        id: expect.any(Number),
        username: 'kalteng',
        displayName: expect.any(String),
        role: 'agency',
        agencyId: expect.any(Number),
        batch: null,
      },
    });
    expect(String(res.headers['set-cookie'])).toMatch(/pantau_refresh=.*HttpOnly/);
  });

  it('gives the same 401 message for a wrong password and an unknown user', async () => {
    const a = await t.http.post('/api/auth/login').send({ username: 'leader', password: 'wrong-password' }).expect(401);
    const b = await t.http
      .post('/api/auth/login')
      .send({ username: 'nobody-here', password: 'wrong-password' })
      .expect(401);
    expect(a.body).toEqual({
      statusCode: 401,
      message: 'Wrong username or password',
      error: 'Unauthorized',
      code: 'wrong-credentials',
    });
    expect(b.body).toEqual(a.body);
  });

  it('makes a sixth attempt after five wrong passwords wait, with the right password too, and records it', async () => {
    for (let i = 0; i < 5; i++) {
      await t.http
        .post('/api/auth/login')
        .send({ username: 'evaluator2', password: `wrong-${i}` })
        .expect(401);
    }
    const sixth = await t.http
      .post('/api/auth/login')
      .send({ username: 'evaluator2', password: 'wrong-6' })
      .expect(429);
    expect(sixth.body).toEqual({
      statusCode: 429,
      message: expect.stringMatching(/^Too many failed sign-in attempts: wait \d+ seconds, then try again$/),
      error: 'Too Many Requests',
      code: 'sign-in-delayed',
      params: { seconds: expect.any(Number) },
    });
    expect(Number(sixth.headers['retry-after'])).toBe(sixth.body.params.seconds);
    expect(sixth.body.params.seconds).toBeGreaterThan(0);
    expect(sixth.body.params.seconds).toBeLessThanOrEqual(30);
    // The right password is not even checked while the wait lasts.
    await t.http.post('/api/auth/login').send({ username: 'evaluator2', password: DEMO_PASSWORD }).expect(429);
    const events = await t.db.query(`SELECT action FROM audit_event WHERE username = 'evaluator2' ORDER BY id`);
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      ...Array(5).fill('login.failed'),
      'login.delayed',
      'login.delayed',
    ]);
  });

  it('accepts the bearer token and tells who is signed in', async () => {
    const token = await t.login('leader');
    const me = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({ username: 'leader', role: 'leadership' });
    await t.http.get('/api/auth/me').set('Authorization', 'Bearer not-a-token').expect(401);
    await t.http.get('/api/auth/me').expect(401);
  });

  it('refreshes with the cookie once, and logout ends the refresh', async () => {
    const agent = request.agent(t.app.getHttpServer());
    await agent.post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD }).expect(201);
    const refreshed = await agent.post('/api/auth/refresh').send({}).expect(200);
    expect(refreshed.body.accessToken).toEqual(expect.any(String));
    await agent.post('/api/auth/logout').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(204);
    await agent.post('/api/auth/refresh').send({}).expect(401);
  });
});

describe('access tokens', () => {
  let t: TestApp;
  let secret: string;
  let leader: { id: number; session_version: number };
  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    secret = t.app.get(AppConfigService).values.jwtSecret;
    [leader] = await t.db.query(`SELECT id, session_version FROM app_user WHERE username = 'leader'`);
  });
  afterAll(() => t.close());

  const me = (token: string) => t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`);
  const claims = () => ({ sub: String(leader.id), sv: leader.session_version });
  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('accepts a token signed with the secret, our issuer and an expiry (so the refusals below are meaningful)', async () => {
    await me(jwt.sign(claims(), secret, { algorithm: 'HS256', issuer: 'pantau-berakhlak', expiresIn: 60 })).expect(200);
  });

  it('refuses a token without an expiry', async () => {
    const res = await me(jwt.sign(claims(), secret, { algorithm: 'HS256', issuer: 'pantau-berakhlak' })).expect(401);
    expect(res.body.message).toMatch(/session has expired/);
    expect(res.body.code).toBe('session-expired');
  });

  it('refuses a token without an issuer, or from another issuer', async () => {
    await me(jwt.sign(claims(), secret, { algorithm: 'HS256', expiresIn: 60 })).expect(401);
    await me(jwt.sign(claims(), secret, { algorithm: 'HS256', issuer: 'someone-else', expiresIn: 60 })).expect(401);
  });

  it('refuses an unsigned token (alg none), and one issued longer ago than the access-token lifetime', async () => {
    const now = Math.floor(Date.now() / 1000);
    const payload = { ...claims(), iss: 'pantau-berakhlak', iat: now, exp: now + 60 };
    await me(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`).expect(401);
    await me(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}`).expect(401);
    const issuedLongAgo = jwt.sign({ ...claims(), iat: now - 3600, exp: now + 3600 }, secret, {
      algorithm: 'HS256',
      issuer: 'pantau-berakhlak',
    });
    await me(issuedLongAgo).expect(401);
  });

  it('takes the access token from the Authorization header only, never from a cookie', async () => {
    const token = await t.login('leader');
    await me(token).expect(200);
    await t.http.get('/api/auth/me').set('Cookie', `pantau_access=${token}`).expect(401);
  });
});

describe('sign-in rate limit per address', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ loginLimitPerAddress: 3, loginLimitPerUsername: 100 })));
  afterAll(() => t.close());

  it('answers 429 with a clear message past the limit', async () => {
    for (let i = 0; i < 3; i++)
      await t.http
        .post('/api/auth/login')
        .send({ username: `u${i}xx`, password: 'x' })
        .expect(401);
    const res = await t.http.post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD }).expect(429);
    expect(res.body).toEqual({
      statusCode: 429,
      message: expect.stringMatching(/Too many sign-in attempts/),
      error: 'Too Many Requests',
      code: 'sign-in-rate-limited',
      params: { seconds: Number(res.headers['retry-after']) },
    });
  });
});

describe('sign-in rate limit per username', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ loginLimitPerAddress: 1000, loginLimitPerUsername: 3 })));
  afterAll(() => t.close());

  it('counts a username per address, so that one address cannot keep the user out everywhere', async () => {
    const from = (address: string) =>
      t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', address)
        .send({ username: 'admin', password: DEMO_PASSWORD });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7')).status).toBe(201);
    expect((await from('203.0.113.7')).status).toBe(429);
    expect((await from('198.51.100.20')).status).toBe(201);
  });
});
