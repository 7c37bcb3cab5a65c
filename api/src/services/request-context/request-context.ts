import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuthUser } from '../../app/auth/auth-user';

export interface RequestContext {
  requestId: string;
  ip: string | null;
  user: AuthUser | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

/** The current request's context; jobs and the seed run outside any request and get null. */
export function currentContext(): RequestContext | null {
  return storage.getStore() ?? null;
}
