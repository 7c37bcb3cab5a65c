import { HttpException, HttpStatus } from '@nestjs/common';

/** A 429 that says how long to wait; RetryAfterInterceptor puts the seconds in the Retry-After header too. */
export class RetryLater extends HttpException {
  constructor(
    readonly seconds: number,
    code: string,
    message: string,
  ) {
    super(
      { statusCode: HttpStatus.TOO_MANY_REQUESTS, message, error: 'Too Many Requests', code, params: { seconds } },
      HttpStatus.TOO_MANY_REQUESTS,
    );
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
