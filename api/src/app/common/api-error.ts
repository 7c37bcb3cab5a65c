import { HttpException } from '@nestjs/common';
import type { ErrorCode, ErrorParams } from '@pantau/domain';

/**
 * An error answer with its stable code (see ERROR_CATALOGUE in @pantau/domain) and the values a client words
 * it with; `message` is the English sentence (one per problem for validation) for logs and API users. `extra` adds fields a client reads
 * beside them (the current rating of a conflict, the allowed moves …). The status name is added by the filter.
 */
export class ApiError<C extends ErrorCode = ErrorCode> extends HttpException {
  constructor(
    status: number,
    readonly code: C,
    readonly params: ErrorParams[C],
    message: string | string[],
    extra: object = {},
  ) {
    const withParams = Object.keys(params).length > 0 ? { params } : {};
    super({ ...extra, statusCode: status, message, code, ...withParams }, status);
  }
}

/** One line per refusal: `throw apiError(409, 'period-closed', {}, 'A closed period is read only')`. */
export function apiError<C extends ErrorCode>(
  status: number,
  code: C,
  params: ErrorParams[C],
  message: string | string[],
  extra?: object,
): ApiError<C> {
  return new ApiError(status, code, params, message, extra);
}
