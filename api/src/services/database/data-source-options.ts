import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@pantau/migrations';
import { ENTITIES } from './entities';

/** One set of options for the app, the CLI tools and the tests. `synchronize` is never on. */
export function dataSourceOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: poolSize,
      // Fail fast when the database is unreachable instead of queueing requests behind a dead pool.
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
      // Many short requests at once on few cores: a parallel plan's workers compete with the other requests
      // (units follow-up counts: 70-130 ms with workers, 18 ms without).
      options: '-c max_parallel_workers_per_gather=0',
    },
  };
}
