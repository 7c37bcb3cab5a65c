import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

const AUTH_ENDPOINTS = ['/api/auth/login', '/api/auth/logout', '/api/auth/me'];

export const authInterceptor: HttpInterceptorFn = (req, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.token();
  const isApi = req.url.startsWith('/api/');
  const request = isApi && token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;

  return next(request).pipe(
    catchError((err: unknown) => {
      // A 401 from sign-in means wrong credentials; from elsewhere it means the session ended.
      if (err instanceof HttpErrorResponse && err.status === 401 && isApi && !AUTH_ENDPOINTS.includes(req.url)) {
        auth.expire(router.url);
      }
      return throwError(() => err);
    }),
  );
};
