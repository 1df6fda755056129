import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from './app-env.js';
import type { Logger } from './logger.js';
import type { RequestMetrics } from './metrics.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Gives each request an id (a sane incoming `X-Request-Id` is kept), logs one line when it ends and
 * feeds the metrics. The line names the route pattern, never the raw path, which may hold a secret.
 */
export function requestContext(logger: Logger, metrics: RequestMetrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('logger', logger);
    c.set('actor', null);
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = routePath(c) || 'unmatched';
    metrics.observe(c.req.method, route, c.res.status, seconds);
    c.res.headers.set('X-Request-Id', requestId);
    logger.info('request', {
      requestId,
      method: c.req.method,
      route,
      status: c.res.status,
      durationMs: Math.round(seconds * 1000),
      userId: c.get('actor')?.userId ?? null,
    });
  };
}
