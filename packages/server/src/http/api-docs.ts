import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { apiDocument } from './api-document.js';
import type { AppEnv } from './app-env.js';

const SWAGGER_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Minimus API</title>
<link rel="stylesheet" href="/api/v1/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/v1/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/v1/docs/assets/start.js"></script></body></html>`;

// A file rather than an inline script, so the page works under a CSP without 'unsafe-inline'.
const START = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', withCredentials: true });`;

/** The OpenAPI 3.1 document and an interactive page, every asset served from this server. */
export function apiDocs(app: OpenAPIHono<AppEnv>): void {
  const document = apiDocument();
  app.get('/api/v1/openapi.json', (c) => c.json(document));
  app.get('/api/v1/docs', (c) => c.html(PAGE));
  app.get('/api/v1/docs/assets/start.js', (c) =>
    c.body(START, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/api/v1/docs/assets/:file', (c) => {
    const file = c.req.param('file');
    const type = ASSETS[file];
    if (!type) return c.notFound();
    return c.body(readFileSync(join(SWAGGER_DIR, file)), 200, {
      'Content-Type': type,
      'Cache-Control': 'public, max-age=86400',
    });
  });
}
