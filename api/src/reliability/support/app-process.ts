import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, relative } from 'node:path';

export const ROOT = join(__dirname, '../../../..');

/**
 * Compiles the API as `npm run build:api` does (tsc, then tsc-alias for the @pantau/* imports), into a
 * directory of the test's own so that it neither waits for nor disturbs a build of dist/. Returns main.js.
 */
export function buildApi(outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
  const tsc = spawnSync(
    bin('tsc'),
    ['-p', 'api/tsconfig.app.json', '--outDir', outDir, '--tsBuildInfoFile', join(outDir, '.tsbuildinfo')],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (tsc.status !== 0) throw new Error(`tsc failed:\n${tsc.stdout}${tsc.stderr}`);
  // tsc-alias reads outDir and baseUrl relative to its config file.
  const alias = JSON.parse(readFileSync(join(ROOT, 'api/tsconfig.alias.json'), 'utf8')) as {
    compilerOptions: { paths: unknown };
  };
  const config = join(outDir, 'tsconfig.alias.json');
  const up = relative(outDir, ROOT) || '.';
  writeFileSync(
    config,
    JSON.stringify({ compilerOptions: { baseUrl: up, rootDir: up, outDir: '.', paths: alias.compilerOptions.paths } }),
  );
  const tscAlias = spawnSync(bin('tsc-alias'), ['-p', config], { cwd: ROOT, encoding: 'utf8' });
  if (tscAlias.status !== 0) throw new Error(`tsc-alias failed:\n${tscAlias.stdout}${tscAlias.stderr}`);
  const main = join(outDir, 'api/src/main.js');
  if (!existsSync(main)) throw new Error(`the build did not produce ${main}`);
  return main;
}

/** The built API as its own process, the way `npm start` runs it. */
export class AppProcess {
  readonly child: ChildProcess;
  log = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(main: string, env: Record<string, string>) {
    this.child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (d: Buffer) => (this.log += d.toString()));
    this.child.stderr!.on('data', (d: Buffer) => (this.log += d.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves with the exit, or with null when the process is still running after `ms`. */
  exitWithin(ms: number): Promise<{ code: number | null; signal: NodeJS.Signals | null } | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((r) => (timer = setTimeout(() => r(null), ms)));
    return Promise.race([this.exited, late]).finally(() => clearTimeout(timer));
  }
}

export interface SentRequest {
  /** Resolves once the whole request has been handed to the operating system. */
  sent: Promise<void>;
  done: Promise<{ status: number; body: Buffer } | { error: string }>;
}

/** A GET on a connection of its own, telling when the request has left and when the answer is complete. */
export function get(url: string, headers: Record<string, string> = {}): SentRequest {
  let markSent!: () => void;
  const sent = new Promise<void>((r) => (markSent = r));
  const done = new Promise<{ status: number; body: Buffer } | { error: string }>((resolve) => {
    const req = request(url, { method: 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', (e) => resolve({ error: String(e) }));
    });
    req.on('error', (e) => {
      markSent();
      resolve({ error: String(e) });
    });
    req.end(() => markSent());
  });
  return { sent, done };
}

/** The state recorded in PostgreSQL's control file (global/pg_control): "shut down" after a clean stop. */
export function clusterState(dataDir: string): string {
  // ControlFileData starts with system_identifier (8 bytes), pg_control_version and catalog_version_no
  // (4 each), then the DBState enum.
  const state = readFileSync(join(dataDir, 'global/pg_control')).readInt32LE(16);
  const names = [
    'starting up',
    'shut down',
    'shut down in recovery',
    'shutting down',
    'in crash recovery',
    'in archive recovery',
    'in production',
  ];
  return names[state] ?? `unknown (${state})`;
}
