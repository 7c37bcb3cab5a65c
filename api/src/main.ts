import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { DemoSeedService } from './app/seed/demo-seed.service';
import { createApp } from './create-app';
import { loadConfig } from './services/config/app-config';
import { startEmbeddedPostgres } from './services/database/embedded-postgres';

async function main(): Promise<void> {
  const log = new Logger('Main');
  let config = loadConfig();
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | null = null;
  if (!config.databaseUrl) {
    const dir = join(config.dataDir, 'pg');
    embedded = await startEmbeddedPostgres(dir, config.embeddedPgPort, 'pantau', (m) => log.log(m));
    log.log(`DATABASE_URL not set: using embedded PostgreSQL on port ${config.embeddedPgPort}, data in ${dir}`);
    process.env['DATABASE_URL'] = embedded.url;
    config = loadConfig();
  }
  const app = await createApp(config);
  await app.get(DemoSeedService).seedIfEmpty();
  await app.listen(config.port);
  log.log(`Pantau BerAKHLAK is running on http://localhost:${config.port} (API docs at /api/docs)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal}: finishing in-flight requests, then closing the database pool`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
