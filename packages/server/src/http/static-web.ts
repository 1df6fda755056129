import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './app-env.js';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  // The camera counter's backend: browsers compile wasm while it downloads only when it says so.
  '.wasm': 'application/wasm',
};

/** The web app's production build, beside this package in the workspace. */
export const WEB_DIST_DIR = resolve(new URL('../../../web/dist', import.meta.url).pathname);

const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minimus</title></head>
<body><h1>Minimus</h1><p>The web app is not built yet. Run <code>npm run build -w @minimus/web</code>
(or <code>npm start</code>, which builds it), then reload. The API is at <a href="/api/v1/docs">/api/v1/docs</a>.</p></body></html>`;

function fileIn(root: string, urlPath: string): string | null {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return null;
  return existsSync(path) && statSync(path).isFile() ? path : null;
}

/** The clinician side is its own page (kept off the patient's first load); the rest is the patient app. */
function entryPage(root: string, path: string): string {
  const clinician = join(root, 'clinician.html');
  const isClinicPath = path === '/clinic' || path.startsWith('/clinic/');
  return isClinicPath && existsSync(clinician) ? clinician : join(root, 'index.html');
}

/**
 * Serves the built web app; any other GET that is not an API route falls back to index.html so the
 * app's own router can handle deep links. Hashed assets are cached for a year, the rest revalidated.
 */
export function mountWebApp(app: Hono<AppEnv>, root: string = WEB_DIST_DIR): void {
  app.get('*', (c) => {
    const path = c.req.path;
    if (path.startsWith('/api/') || path === '/api') return c.notFound();
    if (!existsSync(join(root, 'index.html'))) return c.html(NOT_BUILT_PAGE);
    let file: string | null = null;
    try {
      file = fileIn(root, path);
    } catch {
      file = null;
    }
    if (!file && extname(path)) return c.notFound();
    const served = file ?? entryPage(root, path);
    const type = CONTENT_TYPES[extname(served)] ?? 'application/octet-stream';
    const immutable = served.includes(`${join(root, 'assets')}/`);
    return c.body(readFileSync(served), 200, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  });
}
