import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { currentContext } from '../../services/request-context/request-context';
import { apiError } from '../common/api-error';
import { ACCESS_POLICY, AccessPolicy } from './access.decorators';
import type { AuthUser } from './auth-user';
import { SessionUsers } from './session-users.service';
import { AccessClaims, TokenService } from './token.service';

/**
 * The one place where every route's policy is enforced. A route without a policy is refused,
 * so a controller added later cannot be reachable by accident.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: SessionUsers,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policy) throw apiError(403, 'route-without-policy', {}, 'This route has no access policy');
    if (policy.public) return true;

    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    // The bearer header only: a cookie would be sent by the browser on any request, including forged ones.
    const token = bearerToken(req);
    if (!token) throw apiError(401, 'sign-in-first', {}, 'Please sign in first');
    const claims = await this.tokens.verifyAccess(token);
    if (claims === null) throw apiError(401, 'session-expired', {}, 'Your session has expired; please sign in again');
    const user = await this.currentUser(claims);
    if (!user) throw apiError(401, 'account-unavailable', {}, 'Your account is disabled or no longer exists');
    if (user.sessionVersion !== claims.sessionVersion) {
      throw apiError(401, 'session-ended', {}, 'Your session has ended; please sign in again');
    }
    req.user = user;
    const ctx = currentContext();
    if (ctx) ctx.user = user;
    if (!policy.roles.includes(user.role)) {
      throw apiError(403, 'role-forbidden', { role: user.role }, `Your role (${user.role}) may not do this`);
    }
    return true;
  }

  /**
   * Versions only rise: a token newer than the cached user means the cache predates a sign-in or password
   * change (made in this or another process), so the user is read again rather than the token refused.
   */
  private async currentUser(claims: AccessClaims): Promise<AuthUser | null> {
    const user = await this.users.find(claims.userId);
    if (!user || user.sessionVersion >= claims.sessionVersion) return user;
    this.users.forget(claims.userId);
    return this.users.find(claims.userId);
  }
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, value] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && value ? value : null;
}
