import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import type { AppEnv } from './app-env.js';
import { AppError, type FieldError } from './app-error.js';

/** Turns zod issues into the `errors[]` of a problem response. */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

/** Writes an `AppError` as application/problem+json (RFC 9457). */
export function problemResponse(c: Context<AppEnv>, error: AppError): Response {
  const body = {
    type: `about:blank#${error.code}`,
    title: error.title,
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    errors: error.errors,
    instance: c.get('requestId'),
  };
  if (error.retryAfterSeconds !== undefined) c.header('Retry-After', String(error.retryAfterSeconds));
  return c.body(JSON.stringify(body), error.status, { 'Content-Type': 'application/problem+json' });
}

function fromHttpException(error: HTTPException): AppError {
  if (error.status === 413) return new AppError('payload_too_large');
  if (error.status === 415) return new AppError('unsupported_media_type');
  if (error.status === 401) return new AppError('unauthenticated');
  if (error.status === 400) return new AppError('validation_failed', error.message || 'Malformed request');
  return new AppError('internal_error');
}

/**
 * The app's one error handler: known errors become problem responses; unknown ones are logged with
 * the request id and answered with a bare 500 so no internal detail reaches the client.
 */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof AppError) return problemResponse(c, error);
  if (error instanceof HTTPException) {
    const mapped = fromHttpException(error);
    if (mapped.code !== 'internal_error') return problemResponse(c, mapped);
  }
  c.get('logger').error('unhandled error', {
    requestId: c.get('requestId'),
    error: error.name,
    message: error.message,
    stack: error.stack,
  });
  return problemResponse(c, new AppError('internal_error'));
}
