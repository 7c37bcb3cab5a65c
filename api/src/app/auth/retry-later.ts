import { HttpStatus } from '@nestjs/common';
import type { RetryLaterBody } from '@pantau/domain';
import { ApiError } from '../common/api-error';

type RetryCode = RetryLaterBody['code'];

/** A 429 that says how long to wait; RetryAfterInterceptor puts the seconds in the Retry-After header too. */
export class RetryLater extends ApiError<RetryCode> {
  constructor(
    readonly seconds: number,
    code: RetryCode,
    message: string,
  ) {
    super(HttpStatus.TOO_MANY_REQUESTS, code, { seconds }, message);
  }
}

export function waitWording(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** The same answer whether or not the username exists. */
export const signInDelayed = (seconds: number) =>
  new RetryLater(
    seconds,
    'sign-in-delayed',
    `Too many failed sign-in attempts: wait ${waitWording(seconds)}, then try again`,
  );
