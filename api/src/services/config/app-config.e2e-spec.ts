import { createTestApp, TestApp } from '../../testing/test-app';
import { AppConfigService } from './app-config.service';

describe('configuration in the running app', () => {
  let t: TestApp;
  const before = { ...process.env };

  beforeAll(async () => {
    // Values the app would refuse, had it read the environment after boot.
    process.env['READ_CACHE_MB'] = 'lots';
    process.env['LOGIN_LIMIT_PER_ADDRESS'] = '-1';
    t = await createTestApp({ readCacheMb: 0, loginLimitPerAddress: 1234 });
  });
  afterAll(async () => {
    await t.close();
    process.env = before;
  });

  it('is the object given to createApp, not the environment', () => {
    const config = t.app.get(AppConfigService).values;
    expect(config).toMatchObject({ readCacheMb: 0, loginLimitPerAddress: 1234, databaseUrl: t.databaseUrl });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('leaves the environment of the process as it was', () => {
    expect(process.env['DATABASE_URL']).toBe(before['DATABASE_URL']);
    expect(process.env['READ_CACHE_MB']).toBe('lots');
  });
});
