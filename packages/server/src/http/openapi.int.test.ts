import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../../test/support/test-app.js';
import type { TestDatabase } from '../../test/support/test-database.js';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { additionalProperties?: unknown }> };
}

describe('the OpenAPI document and docs page', () => {
  let test: TestApp & { testDatabase: TestDatabase };
  let document: OpenApiDocument;

  beforeAll(async () => {
    test = await openTestApp('pglite');
    document = (await (await test.request('/api/v1/openapi.json')).json()) as OpenApiDocument;
  });
  afterAll(async () => test.testDatabase.dispose());

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents every API route', () => {
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map(
          (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
        ),
      ),
    );
    const served = test.app.routes
      .filter(
        (route) =>
          route.method !== 'ALL' && route.path.startsWith('/api/v1/') && !route.path.includes('/docs'),
      )
      .map((route) => `${route.method} ${route.path}`)
      .filter((key) => key !== 'GET /api/v1/openapi.json');
    expect([...new Set(served)].filter((key) => !documented.has(key))).toEqual([]);
  });

  it('documents no route the app does not serve', () => {
    const served = new Set(test.app.routes.map((route) => `${route.method} ${route.path}`));
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(documented.filter((key) => !served.has(key))).toEqual([]);
  });

  it('rejects unknown fields in the documented request bodies', () => {
    for (const name of ['PatientInput', 'SessionLogInput', 'CheckInInput', 'ScreenInput', 'PsfsInput']) {
      expect(document.components.schemas[name]?.additionalProperties).toBe(false);
    }
  });

  it('serves the interactive page from local assets under a CSP without inline scripts', async () => {
    const page = await test.request('/api/v1/docs');
    const html = await page.text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ['swagger-ui.css', 'swagger-ui-bundle.js', 'start.js']) {
      const response = await test.request(`/api/v1/docs/assets/${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10);
    }
  });
});
