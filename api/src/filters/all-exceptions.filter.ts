import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ErrorResponse } from '@pantau/domain';
import { NotModified } from '../app/read-cache/not-modified';
import { isDatabaseUnavailable } from '../services/database/database-errors';

const PG_MESSAGES: Record<string, [number, string]> = {
  '23505': [HttpStatus.CONFLICT, 'This record already exists'],
  '23503': [HttpStatus.CONFLICT, 'This record refers to, or is referred to by, another record that does not allow it'],
  '23514': [HttpStatus.BAD_REQUEST, 'A value is outside what is allowed'],
  '23502': [HttpStatus.BAD_REQUEST, 'A required value is missing'],
  '22P02': [HttpStatus.BAD_REQUEST, 'A value has the wrong format'],
  '22001': [HttpStatus.BAD_REQUEST, 'A value is too long'],
  '22003': [HttpStatus.BAD_REQUEST, 'A number is out of range'],
  '22021': [HttpStatus.BAD_REQUEST, 'A value contains a character that cannot be stored, such as a NUL byte'],
  '22007': [HttpStatus.BAD_REQUEST, 'A date or time has the wrong format'],
  '22008': [HttpStatus.BAD_REQUEST, 'A date or time is out of range'],
  '40001': [HttpStatus.CONFLICT, 'Another change happened at the same time; please retry'],
  '40P01': [HttpStatus.CONFLICT, 'Another change happened at the same time; please retry'],
};

/** One error shape for every failure; never a stack trace or SQL in a response. */
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
    if (res.headersSent) return;
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) res.setHeader('Retry-After', '5');
    res.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorResponse {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const r = exception.getResponse();
      if (typeof r === 'string') return { statusCode: status, message: r, error: httpErrorName(status) };
      const o = r as Record<string, unknown>;
      return {
        ...o,
        statusCode: status,
        message: (o['message'] as string | string[]) ?? exception.message,
        error: typeof o['error'] === 'string' ? o['error'] : httpErrorName(status),
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        message: 'The database is unavailable at the moment; please try again in a few seconds',
        error: 'Service Unavailable',
      };
    }
    if (exception instanceof QueryFailedError) {
      const code = (exception as unknown as { code?: string }).code ?? '';
      const known = PG_MESSAGES[code];
      if (known) return { statusCode: known[0], message: known[1], error: httpErrorName(known[0]) };
    }
    const e = exception as { type?: string; status?: number; statusCode?: number };
    if (e && typeof e === 'object' && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      // body-parser errors (malformed JSON, too large, wrong charset) arrive here with a status.
      const message =
        e.type === 'entity.too.large'
          ? 'The request body is too large'
          : e.type === 'entity.parse.failed'
            ? 'The request body is not valid JSON'
            : 'The request could not be read';
      return { statusCode: e.status, message, error: httpErrorName(e.status) };
    }
    return {
      statusCode: 500,
      message: 'Something went wrong on our side; it has been logged',
      error: 'Internal Server Error',
    };
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
