import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import { apiError } from '../common/api-error';

/**
 * The per-address limits of signing in and of renewing sessions, answered with their own codes and the seconds to
 * wait. ThrottlerGuard names the header after the throttler (Retry-After-per-address); clients read Retry-After.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = detail.timeToBlockExpire;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    throw context.getHandler().name === 'refresh'
      ? apiError(
          429,
          'refresh-rate-limited',
          { seconds },
          'Too many session renewals from here; wait a minute and try again',
        )
      : apiError(
          429,
          'sign-in-rate-limited',
          { seconds },
          'Too many sign-in attempts from here; wait a minute and try again',
        );
  }
}
