import { inject } from '@angular/core';
import { CanActivateFn, RedirectFunction, Router } from '@angular/router';
import { Role } from '@pantau/domain';
import { AuthService } from './auth.service';
import { homeFor } from './access';

export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  if (auth.isAuthenticated()) return true;
  const returnUrl = state.url === '/' ? undefined : state.url;
  // A session the server ended (found at start-up) is explained on the sign-in page.
  const reason = auth.sessionEnded() ? 'expired' : undefined;
  return inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl, reason } });
};

/** Reads `data.roles`; a user without the role lands on their own start page. */
export const roleGuard: CanActivateFn = (route) => {
  const roles = route.data['roles'] as readonly Role[] | undefined;
  const role = inject(AuthService).role();
  if (!roles || (role && roles.includes(role))) return true;
  return inject(Router).parseUrl(homeFor(role));
};

export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return auth.isAuthenticated() ? inject(Router).parseUrl(homeFor(auth.role())) : true;
};

export const redirectHome: RedirectFunction = () => homeFor(inject(AuthService).role());
