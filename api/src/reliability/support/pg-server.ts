import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface, Interface } from 'node:readline';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A PostgreSQL server of the test's own, in a child process (see pg-control.mjs), that it can stop and start. */
export class PgServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly waiting: Array<(line: string) => void> = [];

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {
    this.child = spawn(process.execPath, [join(__dirname, 'pg-control.mjs'), dir, String(port)], { stdio: 'pipe' });
    this.child.stderr.on('data', (d: Buffer) => process.stderr.write(`[pg-server] ${d.toString()}`));
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on('line', (line) => this.waiting.shift()?.(line));
  }

  url(database: string): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/${database}`;
  }

  private async send(cmd: string, timeoutMs = 60_000): Promise<void> {
    const answer = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`pg-server did not answer "${cmd}" within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiting.push((line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
    this.child.stdin.write(`${cmd}\n`);
    const reply = JSON.parse(await answer) as { ok: boolean; error?: string };
    if (!reply.ok) throw new Error(`pg-server ${cmd}: ${reply.error}`);
  }

  start(): Promise<void> {
    return this.send('start');
  }

  /** `immediate` is a crash as far as the database is concerned; `fast` disconnects clients and checkpoints. */
  stop(mode: 'fast' | 'immediate'): Promise<void> {
    return this.send(`stop-${mode}`);
  }

  async quit(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.send('quit').catch(() => undefined);
    await exited;
  }
}
