import { OpenAPIHono } from '@hono/zod-openapi';
import { authRoutes } from '../auth/auth-routes.js';
import { isReachable } from '../db/database.js';
import { apiRoutes } from '../routes/api-routes.js';
import { calendarFeedBySecret } from '../services/export-service.js';
import { apiDocs } from './api-docs.js';
import type { AppEnv } from './app-env.js';
import { AppError } from './app-error.js';
import { limitBody, requireJsonBody } from './body-rules.js';
import type { Dependencies } from './dependencies.js';
import { refuseNulCharacters } from './nul-characters.js';
import { fieldErrors, handleError } from './problem.js';
import { requestContext } from './request-context.js';
import { sameOriginWrites } from './same-origin.js';
import { securityHeaders } from './security-headers.js';
import { mountWebApp } from './static-web.js';

/**
 * The whole HTTP app: operations endpoints, the auth endpoints, the versioned API with its OpenAPI
 * document, and the web app. It opens no port, so tests drive it with `app.request()`.
 *
 * @example
 * const app = createApp(dependencies);
 * const response = await app.request('/healthz');
 */
export function createApp(deps: Dependencies): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new AppError('validation_failed', undefined, fieldErrors(result.error));
    },
  });
  app.use('*', requestContext(deps.logger, deps.metrics));
  app.use('*', securityHeaders({ hsts: deps.secureCookies }));
  app.onError(handleError);
  app.notFound((c) => handleError(new AppError('not_found'), c));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const ready = await isReachable(deps.db);
    return c.json({ status: ready ? 'ready' : 'database unreachable' }, ready ? 200 : 503);
  });
  app.get('/metrics', (c) =>
    c.text(deps.metrics.render(), 200, { 'Content-Type': 'text/plain; version=0.0.4' }),
  );

  const sameOrigin = sameOriginWrites(deps.publicUrl, deps.trustedOrigins ?? []);
  app.use('/api/v1/*', sameOrigin);
  app.use('/api/auth/*', sameOrigin);
  app.use('/api/*', limitBody, requireJsonBody, refuseNulCharacters);
  app.route('/api/auth', authRoutes(deps.auth, deps.db, deps.trustProxy ?? 0));
  // The documentation is public, so it is routed before the API's session check.
  apiDocs(app);
  app.route('/api/v1', apiRoutes(deps));
  app.get('/calendar/:file{[A-Za-z0-9_-]{20,100}\\.ics}', async (c) => {
    const secret = c.req.param('file').replace(/\.ics$/, '');
    const ics = await calendarFeedBySecret(deps.repos, secret);
    return c.body(ics, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Cache-Control': 'private, max-age=900',
    });
  });
  mountWebApp(app, deps.webRoot);
  return app;
}
