import type { ErrorCode, ErrorParams } from './errors';

// Every request and response shape of the API, one file per feature; api and web both import them from here.
export * from './contracts/agencies';
export * from './contracts/assignments';
export * from './contracts/audit';
export * from './contracts/auth';
export * from './contracts/common';
export * from './contracts/exports';
export * from './contracts/follow-ups';
export * from './contracts/health';
export * from './contracts/imports';
export * from './contracts/jobs';
export * from './contracts/matrix';
export * from './contracts/notifications';
export * from './contracts/periods';
export * from './contracts/plans';
export * from './contracts/publications';
export * from './contracts/ratings';
export * from './contracts/users';

/** Every error answer of the API: a stable `code` (with its `params`) that clients word, beside English. */
export interface ErrorResponse<C extends ErrorCode = ErrorCode> {
  statusCode: number;
  /** English, for logs and API users; a validation answer lists one sentence per problem. */
  message: string | string[];
  error: string;
  code: C;
  params?: ErrorParams[C];
}
