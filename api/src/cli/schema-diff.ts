import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig, projectRoot } from '../services/config/app-config';
import { dataSourceOptions } from '../services/database/data-source-options';
import { startEmbeddedPostgres } from '../services/database/embedded-postgres';

type Query = { query: string };

function migrationSource(name: string, timestamp: number, up: Query[], down: Query[]): string {
  const lines = (qs: Query[]) => qs.map((q) => `    await q.query(${JSON.stringify(q.query)});`).join('\n');
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(q: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

/**
 * Prints the SQL that would bring the migrated schema in line with the entities (nothing when they agree).
 * With `--write Name` it writes that SQL as a new migration in migrations/ for review.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const writeIdx = process.argv.indexOf('--write');
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(`${config.dataDir}/pg-diff`, config.embeddedPgPort + 1, 'diff');
  const ds = new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url, 2));
  try {
    await ds.initialize();
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    for (const q of sql.upQueries) console.log(`${q.query};`);
    console.error(`${sql.upQueries.length} statement(s)`);
    if (writeIdx > 0 && sql.upQueries.length > 0) {
      const name = process.argv[writeIdx + 1];
      const ts = Date.now();
      const file = resolve(projectRoot(), 'migrations', `${ts}-${name}.ts`);
      writeFileSync(file, migrationSource(name, ts, sql.upQueries, sql.downQueries));
      console.error(`wrote ${file}`);
    }
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
