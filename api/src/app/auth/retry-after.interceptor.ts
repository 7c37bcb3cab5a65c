import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { catchError, Observable, throwError } from 'rxjs';
import { RetryLater } from './retry-later';

@Injectable()
export class RetryAfterInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (err instanceof RetryLater) {
          context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(err.seconds));
        }
        return throwError(() => err);
      }),
    );
  }
}
