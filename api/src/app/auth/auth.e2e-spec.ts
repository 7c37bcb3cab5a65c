import request from 'supertest';
import { createTestApp, DEMO_PASSWORD, TestApp } from '../../testing/test-app';

describe('sign-in', () => {
  let t: TestApp;
  beforeAll(
    async () => (t = await createTestApp({ LOGIN_LIMIT_PER_ADDRESS: '1000', LOGIN_LIMIT_PER_USERNAME: '100' })),
  );
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
    expect(a.body).toEqual({ statusCode: 401, message: 'Wrong username or password', error: 'Unauthorized' });
    expect(b.body).toEqual(a.body);
  });

  it('locks the account after five rapid wrong passwords: the sixth gets 429', async () => {
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
    expect(sixth.body.message).toMatch(/locked/);
    // Even the right password is refused while the lock lasts.
    await t.http.post('/api/auth/login').send({ username: 'evaluator2', password: DEMO_PASSWORD }).expect(429);
    const events = await t.db.query(`SELECT action FROM audit_event WHERE username = 'evaluator2' ORDER BY id`);
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'login.failed',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.failed.locked',
      'login.locked',
      'login.locked',
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

describe('sign-in rate limit per address', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ LOGIN_LIMIT_PER_ADDRESS: '3', LOGIN_LIMIT_PER_USERNAME: '100' })));
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
    });
  });
});
