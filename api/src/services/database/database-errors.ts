const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'connect ECONNREFUSED',
  'the database system is shutting down',
  'the database system is starting up',
  'Connection is not established',
];

/** True for errors that mean "the database cannot be reached right now", as opposed to a bad query. */
export function isDatabaseUnavailable(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { code?: string; message?: string; driverError?: unknown; cause?: unknown };
  if (err.code && UNAVAILABLE_CODES.has(err.code)) return true;
  if (err.message && UNAVAILABLE_MESSAGES.some((m) => err.message!.includes(m))) return true;
  if (err.driverError && err.driverError !== e) return isDatabaseUnavailable(err.driverError);
  if (err.cause && err.cause !== e) return isDatabaseUnavailable(err.cause);
  return false;
}
