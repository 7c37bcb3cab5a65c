import { HttpErrorResponse, HttpHandlerFn, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, switchMap, throwError } from 'rxjs';
import { AuthService } from './auth.service';

/** Their 401s mean wrong credentials or an ended session, never "refresh and retry". */
const AUTH_ENDPOINTS = ['/api/auth/login', '/api/auth/refresh', '/api/auth/logout', '/api/auth/me'];

const withToken = (req: HttpRequest<unknown>, token: string) =>
  req.clone({ setHeaders: { Authorization: `Bearer ${token}` } });
const isUnauthorized = (err: unknown) => err instanceof HttpErrorResponse && err.status === 401;

export const authInterceptor: HttpInterceptorFn = (req, next: HttpHandlerFn) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.token();
  const isApi = req.url.startsWith('/api/');
  const request = isApi && token && !req.headers.has('Authorization') ? withToken(req, token) : req;
  if (!isApi || AUTH_ENDPOINTS.includes(req.url)) return next(request);

  const endSession = (err: unknown) => {
    auth.expire(router.url);
    return throwError(() => err);
  };

  return next(request).pipe(
    catchError((err: unknown) => {
      // Access tokens are short-lived: renew once with the refresh cookie, then repeat the request.
      if (!isUnauthorized(err) || !auth.token()) return throwError(() => err);
      return auth.refresh().pipe(
        catchError(() => endSession(err)),
        switchMap((fresh) =>
          next(withToken(req, fresh)).pipe(
            catchError((retryErr: unknown) =>
              isUnauthorized(retryErr) ? endSession(retryErr) : throwError(() => retryErr),
            ),
          ),
        ),
      );
    }),
  );
};
