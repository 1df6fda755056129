import { MAX_MESSAGE_PHOTO_BYTES } from '@minimus/contract';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env.js';
import { AppError } from './app-error.js';

/** Large enough for a full session log with every set; anything bigger is not ours. */
export const MAX_BODY_BYTES = 64 * 1024;
/** A message may carry a photo of up to 5 MB as base64 (4 characters per 3 bytes) beside its text. */
export const MAX_MESSAGE_BODY_BYTES = Math.ceil((MAX_MESSAGE_PHOTO_BYTES * 4) / 3) + MAX_BODY_BYTES;
const MESSAGE_SEND = /^\/api\/v1\/patients\/[^/]+\/messages$/;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hasBody(headers: Headers): boolean {
  const length = headers.get('content-length');
  if (length !== null) return Number(length) > 0;
  return headers.has('transfer-encoding');
}

/** A write with a body must say it is JSON (415 otherwise), before anything reads it. */
export const requireJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (WRITE_METHODS.has(c.req.method) && hasBody(c.req.raw.headers)) {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) throw new AppError('unsupported_media_type');
  }
  await next();
};

function limitTo(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () => {
      throw new AppError('payload_too_large', `The body may be at most ${maxSize} bytes`);
    },
  });
}
const bodyLimitMiddleware = limitTo(MAX_BODY_BYTES);
const messageBodyLimit = limitTo(MAX_MESSAGE_BODY_BYTES);

/**
 * GET and HEAD requests never carry a body here: the Fetch API refuses one, and the Node adapter drops
 * any that is sent. Asking such a request for its body would still build a whole web `Request` on Node.
 */
export function isBodiless(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** Bodies over the limit are refused with 413 without being read whole. */
export const limitBody: MiddlewareHandler<AppEnv> = (c, next) => {
  if (isBodiless(c.req.method)) return next();
  return c.req.method === 'POST' && MESSAGE_SEND.test(c.req.path)
    ? messageBodyLimit(c, next)
    : bodyLimitMiddleware(c, next);
};
