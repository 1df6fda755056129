import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClinic,
  type Clinic,
  openTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../../test/support/test-app.js';
import type { TestDatabase } from '../../test/support/test-database.js';
import { MAX_BODY_BYTES } from './body-rules.js';

interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  errors: { path: string; message: string }[];
}

async function problemOf(response: Response): Promise<Problem> {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as Problem;
}

describe('HTTP rules', () => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp('pglite');
    test.app.post('/api/v1/test-failure', () => {
      throw new Error('connection string postgres://secret@db');
    });
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  const patientBody = {
    name: 'A',
    email: 'a@example.org',
    injuryDate: '2026-01-05',
    side: 'left',
    timeZone: 'UTC',
  };

  it.each([
    {
      case: 'a body that is not JSON',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
      status: 415,
      code: 'unsupported_media_type',
    },
    {
      case: 'a form body',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
      status: 415,
      code: 'unsupported_media_type',
    },
    {
      case: 'malformed JSON',
      headers: { 'content-type': 'application/json' },
      body: '{"name":',
      status: 400,
      code: 'validation_failed',
    },
    {
      case: 'an oversized body',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES) }),
      status: 413,
      code: 'payload_too_large',
    },
    {
      case: 'an unknown field',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...patientBody, admin: true }),
      status: 400,
      code: 'validation_failed',
    },
  ])('answers $case with $status $code', async ({ headers, body, status, code }) => {
    const response = await test.app.request('/api/v1/patients', {
      method: 'POST',
      headers: { origin: 'http://localhost:3000', cookie: clinic.therapist.cookie, ...headers },
      body,
    });
    expect(response.status).toBe(status);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ status, code });
    expect(problem.title.length).toBeGreaterThan(0);
  });

  it('refuses a write from another site even with a valid session', async () => {
    const response = await test.request('/api/v1/patients', {
      cookie: clinic.therapist.cookie,
      body: patientBody,
      headers: { origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
    const problem = await problemOf(response);
    expect(problem.code).toBe('wrong_origin');
    // The answer names the address the server answers at and what to set if the other one is right.
    expect(problem.detail).toContain('https://evil.example');
    expect(problem.detail).toContain('PUBLIC_URL');
    expect(await test.repos.accounts.findUserByEmail(patientBody.email)).toBeNull();
  });

  it('refuses a sign-in from another address with the reason, not as a wrong password', async () => {
    const response = await test.request('/api/auth/sign-in/email', {
      body: { email: clinic.therapist.email, password: TEST_PASSWORD },
      headers: { origin: 'http://192.168.1.20:3000' },
    });
    expect(response.status).toBe(403);
    expect((await problemOf(response)).code).toBe('wrong_origin');
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it('names each invalid field', async () => {
    const response = await test.request('/api/v1/patients', {
      cookie: clinic.therapist.cookie,
      body: { ...patientBody, injuryDate: '2026-02-30', side: 'middle' },
    });
    const problem = await problemOf(response);
    expect(problem.errors.map((error) => error.path).sort()).toEqual(['injuryDate', 'side']);
  });

  it('answers without a session with 401 unauthenticated', async () => {
    const problem = await problemOf(await test.request('/api/v1/me'));
    expect(problem).toMatchObject({ status: 401, code: 'unauthenticated' });
  });

  it('hides an unknown error behind a bare 500', async () => {
    const response = await test.request('/api/v1/test-failure', {
      method: 'POST',
      cookie: clinic.therapist.cookie,
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toMatchObject({ code: 'internal_error' });
  });

  it.each([
    { path: '/healthz', method: 'GET' },
    { path: '/api/v1/no-such-route', method: 'GET' },
    { path: '/api/v1/test-failure', method: 'POST' },
    { path: '/some/page', method: 'GET' },
  ])('sets the security headers on $method $path', async ({ path, method }) => {
    const response = await test.request(path, { method, cookie: clinic.therapist.cookie });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const scripts = csp.split(';').find((part) => part.includes('script-src'));
    expect(scripts).not.toContain('unsafe-inline');
    // WebAssembly (the camera's pose model) may compile; JavaScript from strings may not.
    expect(scripts).toContain("'wasm-unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    // The test app runs on localhost, where HSTS would pin a developer's browser to HTTPS.
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-request-id')).toMatch(/.+/);
  });

  it('reports health, readiness and metrics by route pattern', async () => {
    expect((await test.request('/healthz')).status).toBe(200);
    expect(await (await test.request('/readyz')).json()).toEqual({ status: 'ready' });
    await test.request('/api/v1/patients/00000000-0000-0000-0000-000000000000/plan', {
      cookie: clinic.therapist.cookie,
    });
    const metrics = await (await test.request('/metrics')).text();
    expect(metrics).toContain('# TYPE minimus_http_requests_total counter');
    expect(metrics).toMatch(
      /minimus_http_requests_total\{method="GET",route="\/api\/v1\/patients\/:patientId\/plan",status="404"\} 1/,
    );
    expect(metrics).toContain('minimus_http_request_duration_seconds_bucket{');
  });

  it('serves a page saying the web app is not built when there is no build', async () => {
    const response = await test.request('/patients/today');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('not built');
  });
});
