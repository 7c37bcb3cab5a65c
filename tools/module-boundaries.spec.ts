import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** Lints a would-be file with the project's real ESLint configuration (a child process: the config is ESM). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const run = spawnSync(
    join(root, 'node_modules/.bin/eslint'),
    ['--stdin', '--stdin-filename', join(root, filePath), '--format', 'json'],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>;
  return result!.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries (npm run lint)', () => {
  it('refuses an import of the api from the web app', async () => {
    const errors = await boundaryErrors(
      'web/src/app/app.ts',
      `import { AppModule } from '../../../api/src/app/app.module';\nexport const x = AppModule;\n`,
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('refuses an import of the web app from the shared domain library', async () => {
    const errors = await boundaryErrors(
      'libs/domain/src/lib/pillars.ts',
      `import { appConfig } from '../../../../web/src/app/app.config';\nexport const x = appConfig;\n`,
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('allows the web app to import the shared domain library', async () => {
    const errors = await boundaryErrors(
      'web/src/app/app.ts',
      `import { PILLARS } from '@pantau/domain';\nexport const x = PILLARS;\n`,
    );
    expect(errors).toEqual([]);
  });
});
