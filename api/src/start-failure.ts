import { isDatabaseUnavailable } from './services/database/database-errors';

/**
 * What to print when the app cannot start: what failed, where, and what to do, as one paragraph a person can
 * act on (never `undefined`, never only a stack).
 */
export function startFailure(e: unknown, where: { port: number; databaseUrl: string | null }): string {
  const reason = e instanceof Error ? e.message : e === undefined || e === null ? 'no reason was given' : String(e);
  const code = (e as { code?: string } | null)?.code;
  let advice = '';
  if (code === 'EADDRINUSE') {
    advice = ` Port ${where.port} is already in use: stop the program that uses it, or set PORT to a free port.`;
  } else if (where.databaseUrl && isDatabaseUnavailable(e)) {
    advice = ` Check that the PostgreSQL server named by DATABASE_URL (${redact(where.databaseUrl)}) is running and reachable.`;
  } else if (/password authentication failed|role .* does not exist/.test(reason)) {
    advice = ' Check the user and password in DATABASE_URL (and DATABASE_MIGRATION_URL when set).';
  }
  return `Pantau BerAKHLAK could not start: ${reason}${reason.endsWith('.') ? '' : '.'}${advice}`;
}

/** A connection URL without its password, for messages and logs. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an unreadable URL)';
  }
}
