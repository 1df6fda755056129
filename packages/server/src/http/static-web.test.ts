import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.js';
import { mountWebApp } from './static-web.js';

describe('the web app files', () => {
  let root: string;
  const app = new Hono<AppEnv>();

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'minimus-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<p>patient app</p>');
    writeFileSync(join(root, 'clinician.html'), '<p>clinician app</p>');
    writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
    mountWebApp(app, root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    { path: '/', body: 'patient app', type: 'text/html' },
    { path: '/today/session', body: 'patient app', type: 'text/html' },
    { path: '/clinic', body: 'clinician app', type: 'text/html' },
    { path: '/clinic/patients/42', body: 'clinician app', type: 'text/html' },
    { path: '/assets/app-1234.js', body: 'console.log(1)', type: 'text/javascript' },
  ])('answers $path with the $type file', async ({ path, body, type }) => {
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(await response.text()).toContain(body);
  });

  it.each(['/assets/missing.js', '/api/v1/nothing', '/../package.json', '/%2e%2e/%2e%2e/etc/passwd'])(
    'finds nothing at %s',
    async (path) => {
      const response = await app.request(path);
      expect(response.status === 404 || (await response.text()) === '<p>patient app</p>').toBe(true);
    },
  );

  it('caches hashed assets for a year and pages not at all', async () => {
    expect((await app.request('/assets/app-1234.js')).headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/')).headers.get('cache-control')).toBe('no-cache');
  });
});
