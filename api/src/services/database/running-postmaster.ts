import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A PostgreSQL server found running on a data folder, from its postmaster.pid and /proc. */
export interface RunningPostmaster {
  pid: number;
  port: number;
  /** The process that started it, when that process is still alive and is not init or a subreaper's shell. */
  owner: { pid: number; command: string } | null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

const commandLine = (pid: number) => (readProc(pid, 'cmdline') ?? '').split('\0').filter(Boolean);

/**
 * The server running on `dir`, or null when none is (a postmaster.pid left by a server killed without shutdown
 * names a process that is gone, or a process id reused by another program).
 */
export function runningPostmaster(dir: string): RunningPostmaster | null {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return null;
  const args = commandLine(pid);
  const dataArg = args.indexOf('-D');
  const onThisFolder =
    /postgres$/.test(args[0] ?? '') && dataArg >= 0 && resolve(args[dataArg + 1] ?? '') === resolve(dir);
  // Without /proc (not Linux) trust the lock file, as PostgreSQL itself does.
  if (args.length > 0 && !onThisFolder) return null;
  const stat = readProc(pid, 'stat');
  // Field 4 of /proc/<pid>/stat, after the parenthesised command name, is the parent's pid.
  const ppid = stat ? Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) : 0;
  const parent = ppid > 1 ? commandLine(ppid) : [];
  const parentIsNode = parent.some((a) => /(^|\/)node$/.test(a));
  return {
    pid,
    port: Number(lines[3]) || 0,
    owner: parentIsNode ? { pid: ppid, command: parent.join(' ') } : null,
  };
}

/** Asks the server for a fast shutdown (SIGINT: running transactions roll back, data is flushed) and waits. */
export async function stopPostmaster(pid: number, timeoutMs = 60_000): Promise<boolean> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return true;
  }
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (!processAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return !processAlive(pid);
}
