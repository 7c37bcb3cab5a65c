import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)['__E2E__'] as
    { app: ChildProcess; dataDir: string } | undefined;
  if (!state) return;
  const exited = new Promise((resolve) => state.app.once('exit', resolve));
  state.app.kill('SIGTERM');
  // The deadline is cleared once the app has exited: a pending timer would keep Jest from ending for 15 s.
  let deadline: NodeJS.Timeout | undefined;
  await Promise.race([exited, new Promise((r) => (deadline = setTimeout(r, 15_000)))]);
  clearTimeout(deadline);
  if (state.app.exitCode === null) state.app.kill('SIGKILL');
  rmSync(state.dataDir, { recursive: true, force: true });
}
