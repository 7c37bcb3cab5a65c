import { refreshTokenOf } from '../../testing/refresh-cookie';
import { createTestApp, DEMO_PASSWORD, TestApp } from '../../testing/test-app';

describe('ending sessions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ loginLimitPerAddress: 1000, loginLimitPerUsername: 1000 })));
  afterAll(() => t.close());

  const signIn = (username: string, password = DEMO_PASSWORD) =>
    t.http.post('/api/auth/login').send({ username, password }).expect(201);
  const me = (token: string) => t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`);
  const renew = (refreshToken: string) => t.http.post('/api/auth/refresh').send({ refreshToken });
  const actions = async (username: string) =>
    (await t.db.query(`SELECT action FROM audit_event WHERE username = $1 ORDER BY id`, [username])).map(
      (e: { action: string }) => e.action,
    );

  it('refuses the access tokens of every device at once after signing out', async () => {
    const laptop = await signIn('evaluator');
    const phone = await signIn('evaluator');
    await me(laptop.body.accessToken).expect(200);
    await me(phone.body.accessToken).expect(200);
    await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${laptop.body.accessToken}`).expect(204);
    const refused = await me(phone.body.accessToken).expect(401);
    expect(refused.body).toMatchObject({ code: 'session-ended', message: expect.stringMatching(/sign in again/) });
    await me(laptop.body.accessToken).expect(401);
    await renew(refreshTokenOf(phone)).expect(401);
    // A new sign-in works as before.
    await me((await signIn('evaluator')).body.accessToken).expect(200);
  });

  it("refuses the user's access and refresh tokens at once after an admin sets a new password", async () => {
    const user = await signIn('evaluator2');
    const admin = await signIn('admin');
    await me(user.body.accessToken).expect(200);
    await t.http
      .post(`/api/users/${user.body.user.id}/password`)
      .set('Authorization', `Bearer ${admin.body.accessToken}`)
      .send({ password: 'kata-sandi-baru-2' })
      .expect(204);
    await me(user.body.accessToken).expect(401);
    await renew(refreshTokenOf(user)).expect(401);
    await me((await signIn('evaluator2', 'kata-sandi-baru-2')).body.accessToken).expect(200);
  });

  it('ends access tokens on a role change; a renewal then carries the new role', async () => {
    const user = await signIn('evaluator3');
    const admin = await signIn('admin');
    await t.http
      .patch(`/api/users/${user.body.user.id}`)
      .set('Authorization', `Bearer ${admin.body.accessToken}`)
      .send({ role: 'leadership' })
      .expect(200);
    await me(user.body.accessToken).expect(401);
    const renewed = await renew(refreshTokenOf(user)).expect(200);
    expect(renewed.body.user.role).toBe('leadership');
    expect((await me(renewed.body.accessToken).expect(200)).body.role).toBe('leadership');
  });

  it('revokes the whole family, ends access tokens and records it when a rotated refresh token comes back', async () => {
    const first = await signIn('kalteng');
    const otherDevice = await signIn('kalteng');
    const stolen = refreshTokenOf(first);
    const second = await renew(stolen).expect(200);
    await me(second.body.accessToken).expect(200);

    const reused = await renew(stolen).expect(401);
    expect(reused.body.code).toBe('session-ended');
    // The token issued in place of the reused one is revoked too, and so are the access tokens.
    await renew(refreshTokenOf(second)).expect(401);
    await me(second.body.accessToken).expect(401);
    await me(otherDevice.body.accessToken).expect(401);
    // Another sign-in (another family) renews and goes on.
    const other = await renew(refreshTokenOf(otherDevice)).expect(200);
    await me(other.body.accessToken).expect(200);
    expect(await actions('kalteng')).toContain('session.refresh-reused');
  });

  it('refuses a refresh token revoked by signing out without treating it as a reuse', async () => {
    const session = await signIn('leader');
    await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${session.body.accessToken}`).expect(204);
    await renew(refreshTokenOf(session)).expect(401);
    expect(await actions('leader')).not.toContain('session.refresh-reused');
  });
});

describe('changing one’s own password', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ loginLimitPerAddress: 1000, loginLimitPerUsername: 1000 })));
  afterAll(() => t.close());

  const signIn = (username: string, password = DEMO_PASSWORD) =>
    t.http.post('/api/auth/login').send({ username, password });
  const change = (token: string, body: object, address = '127.0.0.1') =>
    t.http
      .post('/api/auth/password')
      .set('Authorization', `Bearer ${token}`)
      .set('X-Forwarded-For', address)
      .send(body);

  it('refuses a wrong current password, a short or unchanged new one, with a clear 400', async () => {
    const token = (await signIn('evaluator').expect(201)).body.accessToken;
    const wrong = await change(token, { currentPassword: 'not-it', newPassword: 'kata-sandi-baru-1' }).expect(400);
    expect(wrong.body).toMatchObject({
      code: 'wrong-current-password',
      message: 'The current password is not correct',
    });
    const short = await change(token, { currentPassword: DEMO_PASSWORD, newPassword: 'pendek' }).expect(400);
    expect(short.body.message).toContain('newPassword must be at least 10 characters');
    expect(short.body).toMatchObject({
      code: 'validation-failed',
      params: { fields: [{ field: 'newPassword', rule: 'minLength', limit: 10 }] },
    });
    await change(token, { currentPassword: DEMO_PASSWORD }).expect(400);
    const same = await change(token, { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD }).expect(400);
    expect(same.body.code).toBe('password-unchanged');
    await signIn('evaluator').expect(201);
  });

  it('ends every other session, answers a fresh one, and records the change', async () => {
    const here = await signIn('evaluator2').expect(201);
    const elsewhere = await signIn('evaluator2').expect(201);
    const res = await change(here.body.accessToken, {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'kata-sandi-baru-1',
    }).expect(200);
    expect(res.body).toMatchObject({ accessToken: expect.any(String), user: { username: 'evaluator2' } });
    expect(String(res.headers['set-cookie'])).toMatch(/pantau_refresh=.*HttpOnly/);

    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    for (const old of [here, elsewhere]) {
      await t.http.get('/api/auth/me').set('Authorization', `Bearer ${old.body.accessToken}`).expect(401);
      await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: refreshTokenOf(old) })
        .expect(401);
    }
    await t.http
      .post('/api/auth/refresh')
      .send({ refreshToken: refreshTokenOf(res) })
      .expect(200);
    await signIn('evaluator2').expect(401);
    await signIn('evaluator2', 'kata-sandi-baru-1').expect(201);
    const [event] = await t.db.query(
      `SELECT username FROM audit_event WHERE action = 'user.password-changed' ORDER BY id DESC LIMIT 1`,
    );
    expect(event.username).toBe('evaluator2');
  });

  it('counts wrong current passwords like failed sign-ins', async () => {
    const token = (await signIn('kalteng').expect(201)).body.accessToken;
    for (let i = 0; i < 5; i++) {
      await change(token, { currentPassword: `wrong-${i}`, newPassword: 'kata-sandi-baru-1' }, '192.0.2.90').expect(
        400,
      );
    }
    const delayed = await change(
      token,
      { currentPassword: DEMO_PASSWORD, newPassword: 'kata-sandi-baru-1' },
      '192.0.2.90',
    ).expect(429);
    expect(delayed.body.code).toBe('sign-in-delayed');
    expect(Number(delayed.headers['retry-after'])).toBeGreaterThan(0);
    await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '192.0.2.90')
      .send({ username: 'kalteng', password: DEMO_PASSWORD })
      .expect(429);
  });

  it('is accepted at once by another API process that cached the user before the change', async () => {
    const second = await createTestApp({}, { ownerUrl: t.ownerUrl });
    try {
      const session = await signIn('leader').expect(201);
      await second.http.get('/api/auth/me').set('Authorization', `Bearer ${session.body.accessToken}`).expect(200);
      const changed = await change(session.body.accessToken, {
        currentPassword: DEMO_PASSWORD,
        newPassword: 'kata-sandi-baru-1',
      }).expect(200);
      await second.http.get('/api/auth/me').set('Authorization', `Bearer ${changed.body.accessToken}`).expect(200);
    } finally {
      await second.close();
    }
  });
});
