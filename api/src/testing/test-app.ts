import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../create-app';
import { AppConfig, loadConfig } from '../services/config/app-config';
import { asLogin, ensureServingLogin, SERVING_ROLE } from '../services/database/serving-role';
import { createTestDatabase, dropTestDatabase, TEST_SERVING_PASSWORD } from './test-database';

export const DEMO_PASSWORD = 'berakhlak-demo';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: DataSource;
  /** The serving login, as the app connects. */
  databaseUrl: string;
  /** The owner's login (the server's superuser), for what only the owner may do. */
  ownerUrl: string;
  /** Signs in a user and returns a bearer token. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real application on its own fresh copy of the seeded database, or, given `ownerUrl`, a second
 * instance on another app's database (as two API processes share one); that one leaves the database in place.
 * `settings` change the test's configuration object; the environment of the test process is never read.
 */
export async function createTestApp(
  settings: Partial<AppConfig> = {},
  shared?: { ownerUrl: string },
): Promise<TestApp> {
  const ownerUrl = shared?.ownerUrl ?? (await createTestDatabase());
  // The run's server has the serving login from globalSetup; a server of the test's own needs it too.
  if (shared) await ensureServingLogin(ownerUrl, TEST_SERVING_PASSWORD);
  const databaseUrl = asLogin(ownerUrl, SERVING_ROLE, TEST_SERVING_PASSWORD);
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    databaseUrl,
    migrationDatabaseUrl: ownerUrl,
    logLevel: 'error',
    schedulerEnabled: false,
    ...settings,
  };
  const app = await createApp(config);
  await app.init();
  const http = request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    http,
    db: app.get(DataSource),
    databaseUrl,
    ownerUrl,
    async login(username, password = DEMO_PASSWORD) {
      const cached = tokens.get(`${username}:${password}`);
      if (cached) return cached;
      const res = await http.post('/api/auth/login').send({ username, password });
      if (res.status !== 201 && res.status !== 200) {
        throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      }
      tokens.set(`${username}:${password}`, res.body.accessToken);
      return res.body.accessToken as string;
    },
    async close() {
      await app.close();
      if (!shared) await dropTestDatabase(ownerUrl);
    },
  };
}
