// The built API (dist/api) and web (dist/web): a private copy for the run, and the compiled modules the
// benchmark reuses (dataset generator, migrations, score SQL) loaded from it with createRequire.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export function prepareBuild(cfg) {
  const api = join(cfg.root, 'dist/api');
  const web = join(cfg.root, 'dist/web/browser');
  if (!existsSync(join(api, 'api/src/main.js'))) {
    throw new Error('dist/api/api/src/main.js is missing: run `npm run build` first');
  }
  if (!cfg.snapshot) return { apiDir: api, webDir: web };
  // Node resolves node_modules by walking up from the file, so a copy under tmp/ still finds /work/main/node_modules.
  const dest = join(cfg.dataDir, 'build');
  rmSync(dest, { recursive: true, force: true });
  cpSync(api, join(dest, 'api'), { recursive: true });
  if (existsSync(web)) cpSync(web, join(dest, 'web'), { recursive: true });
  return { apiDir: join(dest, 'api'), webDir: join(dest, 'web') };
}

/** The compiled modules of the API that the benchmark calls directly. */
export function loadApiModules(apiDir) {
  const req = createRequire(join(apiDir, 'api/src/main.js'));
  const app = (p) => req(join(apiDir, 'api/src/app', p));
  return {
    main: join(apiDir, 'api/src/main.js'),
    dataset: app('seed/dataset.js'),
    bulkInsert: app('seed/bulk-insert.js'),
    agencyList: app('seed/reference/agency-list.js'),
    workUnits: app('seed/reference/work-units.js'),
    scoreSql: app('scores/score-sql.js'),
    dataSourceOptions: req(join(apiDir, 'api/src/services/database/data-source-options.js')).dataSourceOptions,
    typeorm: req('typeorm'),
    argon2: req('argon2'),
    /** Files whose content decides the generated data: a change regenerates the datasets. */
    generatorFiles: [
      'seed/dataset.js',
      'seed/bulk-insert.js',
      'seed/rng.js',
      'seed/reference/agency-list.js',
      'seed/reference/central-agencies.js',
      'seed/reference/item-templates.js',
      'seed/reference/province-batches.js',
      'seed/reference/work-units.js',
    ].map((p) => join(apiDir, 'api/src/app', p)),
  };
}
