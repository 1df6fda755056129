import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';
import { AppError } from './app-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a write whose browser says it comes from another site. SameSite=Lax cookies already keep
 * the session off cross-site posts; this is the second lock on the door. Requests without an Origin
 * (apps, scripts, tests of the API) are left to the session check.
 */
export function sameOriginWrites(publicUrl: string, others: readonly string[]): MiddlewareHandler<AppEnv> {
  const origins = new Set([publicUrl, ...others].map((url) => new URL(url).origin));
  const home = new URL(publicUrl).origin;
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!SAFE_METHODS.has(c.req.method) && origin !== undefined && !origins.has(origin)) {
      // Usually not an attack but a server reached by another name than its PUBLIC_URL: say so, and what to set.
      throw new AppError(
        'wrong_origin',
        `This page was opened at ${origin}, but this server answers at ${home}. Open ${home} instead, ` +
          `or, if ${origin} is right, set PUBLIC_URL to it (or add it to MINIMUS_TRUSTED_ORIGINS) and restart.`,
      );
    }
    await next();
  };
}
