import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { AppError } from './app-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a write whose browser says it comes from another site. SameSite=Lax cookies already keep
 * the session off cross-site posts; this is the second lock on the door. Requests without an Origin
 * (apps, scripts, tests of the API) are left to the session check.
 */
export function sameOriginWrites(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  const origins = new Set(allowed.map((url) => new URL(url).origin));
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!SAFE_METHODS.has(c.req.method) && origin !== undefined && !origins.has(origin)) {
      throw new AppError('forbidden', 'Cross-site requests are not accepted');
    }
    await next();
  };
}
