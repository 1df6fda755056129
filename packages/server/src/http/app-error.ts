import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'forbidden'
  | 'wrong_origin'
  | 'unauthenticated'
  | 'conflict'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'rate_limited'
  | 'gone'
  | 'internal_error';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  wrong_origin: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
};

const TITLES: Record<ErrorCode, string> = {
  validation_failed: 'The request is not valid',
  unauthenticated: 'Sign in first',
  forbidden: 'Not allowed',
  wrong_origin: 'This page was opened at an address this server does not answer for',
  not_found: 'Not found',
  conflict: 'Conflict with the stored data',
  gone: 'No longer available',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'Send the body as application/json',
  rate_limited: 'Too many attempts; try again later',
  internal_error: 'Something went wrong on our side',
};

export interface FieldError {
  path: string;
  message: string;
}

/**
 * The one error type of the server: a stable `code` clients may switch on, its HTTP status, and for
 * validation failures the fields at fault. Anything else thrown is an unknown error and stays hidden.
 *
 * @example
 * throw new AppError('not_found', 'No such patient');
 */
export class AppError extends Error {
  readonly status: ContentfulStatusCode;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors: readonly FieldError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(detail ?? TITLES[code]);
    this.name = 'AppError';
    this.status = STATUS[code];
  }

  get title(): string {
    return TITLES[this.code];
  }
}
