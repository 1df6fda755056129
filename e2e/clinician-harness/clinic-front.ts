import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../harness/server.js';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const CONFIG = 'src/clinician/vite.clinician.config.ts';
/** Where that config writes the build (kept in step with CLINICIAN_OUT_DIR there). */
export const CLINICIAN_BUILD = join(ROOT, 'node_modules/.cache/minimus-clinician');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Builds the clinician entry with its own config, as the server will serve it once routed. */
export async function buildClinicianApp(): Promise<void> {
  await run('npx', ['vite', 'build', '--config', CONFIG], { cwd: join(ROOT, 'packages/web') });
}

export interface ClinicFront {
  url: string;
  stop(): Promise<void>;
}

/**
 * A built file for `/assets/*` and `/clinic/*` (the build may place the clinician's own chunks under
 * clinic/); any other path under `/clinic` is a page of the clinician app.
 */
function clinicFile(path: string): string | null {
  const isClinicPage = path === '/clinic' || path.startsWith('/clinic/');
  if (!isClinicPage && !path.startsWith('/assets/')) return null;
  const file = normalize(join(CLINICIAN_BUILD, path));
  if (file.startsWith(`${CLINICIAN_BUILD}/`) && existsSync(file) && statSync(file).isFile()) return file;
  return isClinicPage && !extname(path) ? join(CLINICIAN_BUILD, 'clinician.html') : null;
}

async function forward(request: IncomingMessage, response: ServerResponse, upstream: string): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers.set(name, value);
  // The server checks Origin against its own PUBLIC_URL, as it will once it serves these pages itself.
  if (headers.has('origin')) headers.set('origin', upstream);
  const answer = await fetch(`${upstream}${request.url ?? '/'}`, {
    method: request.method,
    headers,
    body: chunks.length ? Buffer.concat(chunks) : undefined,
    redirect: 'manual',
  });
  const out: Record<string, string | string[]> = {};
  answer.headers.forEach((value, name) => {
    if (name !== 'content-encoding' && name !== 'content-length' && name !== 'set-cookie') out[name] = value;
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length) out['set-cookie'] = cookies;
  response.writeHead(answer.status, out);
  response.end(Buffer.from(await answer.arrayBuffer()));
}

/**
 * Stands where the server's static route will: `/clinic` and `/clinic/*` answer clinician.html and its
 * assets from the clinician build; everything else goes to the real server unchanged.
 */
export async function startClinicFront(upstream: string): Promise<ClinicFront> {
  const port = await freePort();
  // The page runs under the server's own security headers (its Content-Security-Policy above all).
  const security = (await fetch(`${upstream}/healthz`)).headers;
  const pageHeaders: Record<string, string> = {};
  for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) {
    const value = security.get(name);
    if (value) pageHeaders[name] = value;
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://front').pathname;
    const file = request.method === 'GET' ? clinicFile(path) : null;
    if (file) {
      response.writeHead(200, {
        ...pageHeaders,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(readFileSync(file));
      return;
    }
    forward(request, response, upstream).catch((error: unknown) => {
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
