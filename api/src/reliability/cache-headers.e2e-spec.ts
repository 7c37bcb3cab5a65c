import { createTestApp, DEMO_PASSWORD, TestApp } from '../testing/test-app';

/** What a shared computer's browser, a proxy or a CDN may keep of the API's answers. */
describe('Cache-Control on API answers', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('forbids storing the sign-in answer, which holds a token', async () => {
    const res = await t.http.post('/api/auth/login').send({ username: 'leader', password: DEMO_PASSWORD }).expect(201);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it.each(['/api/users', '/api/audit', '/api/auth/me', '/api/periods', '/api/notifications'])(
    'forbids storing %s',
    async (path) => {
      const res = await t.http.get(path).set('Authorization', `Bearer ${admin}`).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
    },
  );

  it('forbids storing error answers too', async () => {
    const res = await t.http.get('/api/users').expect(401);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('keeps dashboard answers private to the browser, revalidated by their ETag', async () => {
    const res = await t.http.get('/api/periods/2/summary').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(res.headers['cache-control']).toBe('private, no-cache');
    expect(res.headers['etag']).toEqual(expect.any(String));
  });
});
