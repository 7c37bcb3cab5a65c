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
  'Cannot use a pool after calling end on the pool',
];

/**
 * TypeORM's errors for a connection that went away under a request (a transaction whose connection the pool dropped
 * during a fast shutdown, a data source being closed): the database failed, not the request.
 */
const UNAVAILABLE_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
  'CannotExecuteNotConnectedError',
  'ConnectionIsNotSetError',
]);

/** True for errors that mean "the database cannot be reached right now", as opposed to a bad query. */
export function isDatabaseUnavailable(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { code?: string; message?: string; driverError?: unknown; cause?: unknown };
  if (err.code && UNAVAILABLE_CODES.has(err.code)) return true;
  if (UNAVAILABLE_ERRORS.has((e as Error).name) || UNAVAILABLE_ERRORS.has(e.constructor?.name)) return true;
  if (err.message && UNAVAILABLE_MESSAGES.some((m) => err.message!.includes(m))) return true;
  if (err.driverError && err.driverError !== e) return isDatabaseUnavailable(err.driverError);
  if (err.cause && err.cause !== e) return isDatabaseUnavailable(err.cause);
  return false;
}
