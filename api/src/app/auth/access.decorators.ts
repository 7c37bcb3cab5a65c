import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@pantau/domain';
import type { AuthUser } from './auth-user';

export const ACCESS_POLICY = 'access-policy';

export type AccessPolicy = { public: true } | { public: false; roles: readonly Role[] };

/** Reachable without signing in. */
export const Public = () => SetMetadata(ACCESS_POLICY, { public: true } satisfies AccessPolicy);

/** Reachable by signed-in users with one of these roles; data scoping still applies inside. */
export const Allow = (...roles: Role[]) => SetMetadata(ACCESS_POLICY, { public: false, roles } satisfies AccessPolicy);

export const READERS: Role[] = ['admin', 'evaluator', 'agency', 'leadership', 'coordinator'];

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const req = ctx.switchToHttp().getRequest<{ user?: AuthUser }>();
  if (!req.user) throw new Error('CurrentUser used on a route without an authenticated policy');
  return req.user;
});
