import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { isErrorCode } from '@pantau/domain';
import type { ErrorCode, ErrorResponse } from '@pantau/domain';
import { apiError } from '../app/common/api-error';
import { NotModified } from '../app/read-cache/not-modified';
import { isDatabaseUnavailable } from '../services/database/database-errors';

const PG_ERRORS: Record<string, [number, ErrorCode, string]> = {
  '23505': [HttpStatus.CONFLICT, 'record-exists', 'This record already exists'],
  '23503': [
    HttpStatus.CONFLICT,
    'record-referenced',
    'This record refers to, or is referred to by, another record that does not allow it',
  ],
  '23514': [HttpStatus.BAD_REQUEST, 'value-not-allowed', 'A value is outside what is allowed'],
  '23502': [HttpStatus.BAD_REQUEST, 'value-missing', 'A required value is missing'],
  '22P02': [HttpStatus.BAD_REQUEST, 'value-wrong-format', 'A value has the wrong format'],
  '22001': [HttpStatus.BAD_REQUEST, 'value-too-long', 'A value is too long'],
  '22003': [HttpStatus.BAD_REQUEST, 'number-out-of-range', 'A number is out of range'],
  '22021': [
    HttpStatus.BAD_REQUEST,
    'value-unstorable-character',
    'A value contains a character that cannot be stored, such as a NUL byte',
  ],
  '22007': [HttpStatus.BAD_REQUEST, 'date-wrong-format', 'A date or time has the wrong format'],
  '22008': [HttpStatus.BAD_REQUEST, 'date-out-of-range', 'A date or time is out of range'],
  '40001': [HttpStatus.CONFLICT, 'concurrent-change', 'Another change happened at the same time; please retry'],
  '40P01': [HttpStatus.CONFLICT, 'concurrent-change', 'Another change happened at the same time; please retry'],
};

/** What the body parser's errors (malformed JSON, too large, wrong charset) say, by their `type`. */
const BODY_ERRORS: Record<string, [ErrorCode, string]> = {
  'entity.too.large': ['body-too-large', 'The request body is too large'],
  'entity.parse.failed': ['body-malformed-json', 'The request body is not valid JSON'],
};

/** Body of an answer; `code` is missing only for a refusal thrown without one, which the fuzzer reports. */
type AnswerBody = Omit<ErrorResponse, 'code'> & { code?: ErrorCode };

const answer = (statusCode: number, code: ErrorCode, message: string): ErrorResponse => ({
  statusCode,
  message,
  error: httpErrorName(statusCode),
  code,
});

/** Turns a body parser's error into a coded answer before Nest sees it (Nest would keep only its message). */
export function bodyParserError(err: unknown): unknown {
  const e = err as { type?: unknown; status?: unknown } | null;
  if (!e || typeof e !== 'object' || typeof e.status !== 'number' || e.status < 400 || e.status >= 500) return err;
  if (err instanceof HttpException) return err;
  const known = typeof e.type === 'string' ? BODY_ERRORS[e.type] : undefined;
  const [code, message] = known ?? ['body-unreadable', 'The request body could not be read'];
  return apiError(e.status, code, {}, message);
}

/** Errors Nest and Express raise themselves, before any of our code runs: recognised by their wording. */
function frameworkCode(status: number, message: unknown): ErrorCode | undefined {
  if (typeof message !== 'string') return undefined;
  if (status === HttpStatus.NOT_FOUND && /^Cannot [A-Z]+ \//.test(message)) return 'route-not-found';
  if (status === HttpStatus.BAD_REQUEST && message.startsWith('Failed to decode param')) return 'url-malformed';
  return undefined;
}

/** One error shape for every failure, with a stable code; never a stack trace or SQL in a response. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof NotModified) {
      if (!res.headersSent) res.status(HttpStatus.NOT_MODIFIED).end();
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    else if (!body.code) this.logger.error(`An error answer without a code: ${JSON.stringify(body.message)}`);
    if (res.headersSent) return;
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) res.setHeader('Retry-After', '5');
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): AnswerBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const r = exception.getResponse();
      const o: Record<string, unknown> = typeof r === 'string' ? { message: r } : (r as Record<string, unknown>);
      const message = (o['message'] as string | string[]) ?? exception.message;
      const code = isErrorCode(o['code']) ? o['code'] : frameworkCode(status, message);
      return {
        ...o,
        statusCode: status,
        message,
        error: typeof o['error'] === 'string' ? o['error'] : httpErrorName(status),
        ...(code ? { code } : {}),
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return answer(
        HttpStatus.SERVICE_UNAVAILABLE,
        'database-unavailable',
        'The database is unavailable at the moment; please try again in a few seconds',
      );
    }
    if (exception instanceof QueryFailedError) {
      const known = PG_ERRORS[(exception as unknown as { code?: string }).code ?? ''];
      if (known) return answer(...known);
    }
    const coded = bodyParserError(exception);
    if (coded instanceof HttpException) return this.toBody(coded);
    return answer(500, 'internal-error', 'Something went wrong on our side; it has been logged');
  }
}

export function httpErrorName(status: number): string {
  const names: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
    503: 'Service Unavailable',
  };
  return names[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
}
