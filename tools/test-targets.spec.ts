import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');
const nx = (...args: string[]) =>
  execFileSync(join(root, 'node_modules/.bin/nx'), args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });

describe('test targets (nx run <project>:test)', () => {
  it('exist for every Nx project', () => {
    const projects = nx('show', 'projects', '--json');
    const withTests = nx('show', 'projects', '--with-target', 'test', '--json');
    expect(JSON.parse(projects).length).toBeGreaterThanOrEqual(5);
    expect(JSON.parse(withTests).sort()).toEqual(JSON.parse(projects).sort());
  });
});
