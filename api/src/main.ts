import type { Server } from 'node:http';
import { join } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { DemoSeedService } from './app/seed/demo-seed.service';
import { createApp } from './create-app';
import { startFailure } from './start-failure';
import { loadConfig } from './services/config/app-config';
import { keptSecret } from './services/config/kept-secret';
import { closeGracefully } from './services/http/graceful-close';
import { startEmbeddedPostgres } from './services/database/embedded-postgres';
import { asLogin, ensureServingLogin, SERVING_PASSWORD_FILE, SERVING_ROLE } from './services/database/serving-role';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

async function main(): Promise<void> {
  const log = new Logger('Main');
  let config = loadConfig();
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  let app: INestApplication | null = null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal}: finishing in-flight requests, then closing the database pool`);
    if (app) await closeGracefully(app.getHttpServer() as Server);
    await app?.close();
    await embedded?.stop();
    process.exit(0);
  };

  if (!config.databaseUrl) {
    const dir = join(config.dataDir, 'pg');
    const ownListeners = new Map(SIGNALS.map((s) => [s, process.listeners(s)]));
    embedded = await startEmbeddedPostgres(dir, config.embeddedPgPort, 'pantau', (m) => log.log(m));
    // embedded-postgres (through async-exit-hook) answers SIGTERM/SIGINT by stopping PostgreSQL at once, under
    // the requests still running, and exiting 143; `stop` does it in order, so it alone handles them.
    for (const s of SIGNALS) {
      for (const l of process.listeners(s)) if (!ownListeners.get(s)!.includes(l)) process.removeListener(s, l);
    }
    log.log(`DATABASE_URL not set: using embedded PostgreSQL on port ${config.embeddedPgPort}, data in ${dir}`);
    // Migrations run as the server's superuser, which owns the tables; requests are served by a login that owns
    // nothing and may only add to the audit trail.
    const password = keptSecret(config.dataDir, SERVING_PASSWORD_FILE);
    await ensureServingLogin(embedded.url, password);
    config = {
      ...config,
      migrationDatabaseUrl: embedded.url,
      databaseUrl: asLogin(embedded.url, SERVING_ROLE, password),
    };
  }
  for (const s of SIGNALS) process.on(s, () => void stop(s));
  app = await createApp(config);
  await app.get(DemoSeedService).seedIfEmpty();
  await app.listen(config.port);
  log.log(`Pantau BerAKHLAK is running on http://localhost:${config.port} (API docs at /api/docs)`);
}

main().catch((e) => {
  const config = (() => {
    try {
      return loadConfig();
    } catch {
      return null;
    }
  })();
  console.error(startFailure(e, { port: config?.port ?? 3000, databaseUrl: config?.databaseUrl ?? null }));
  process.exit(1);
});
