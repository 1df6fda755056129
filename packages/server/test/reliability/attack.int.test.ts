import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { createLogger } from '../../src/http/logger.js';
import { buildDependencies } from '../../src/runtime/runtime.js';
import {
  appOn,
  buildClinic,
  buildPatient,
  type Clinic,
  cookieFrom,
  TEST_ORIGIN,
  TEST_PASSWORD,
  type TestApp,
} from '../support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../support/test-database.js';
import { digestTables } from './table-digest.js';

const EVIL_ORIGIN = 'https://evil.example';

function signInAttempt(test: TestApp, email: string, password: string, address: string) {
  return test.app.request('/api/auth/sign-in/email', {
    method: 'POST',
    headers: {
      origin: TEST_ORIGIN,
      'content-type': 'application/json',
      'x-forwarded-for': address,
      'x-real-ip': address,
    },
    body: JSON.stringify({ email, password }),
  });
}

/** Moves every throttle record back in time, as if the window had passed. */
async function forgetRecentFailures(test: TestApp, minutes: number) {
  await test.deps.db.execute(sql.raw(`update sign_in_attempt set at = at - interval '${minutes} minutes'`));
}

async function shiftSessions(test: TestApp, minutes: number) {
  const shift = `interval '${minutes} minutes'`;
  await test.deps.db.execute(
    sql.raw(
      `update session set created_at = created_at - ${shift}, updated_at = updated_at - ${shift}, expires_at = expires_at - ${shift}`,
    ),
  );
}

describe.each(testDatabaseKinds())('attacks on the API on %s', (kind) => {
  let testDatabase: TestDatabase;
  let test: TestApp;
  let clinic: Clinic;
  const logLines: string[] = [];

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
    test = await appOn(testDatabase.database, { logLines });
    clinic = await buildClinic(test);
  });
  afterAll(async () => testDatabase.dispose());

  it('throttles password guessing on one account long before 100 failures, whatever address it claims', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const response = await signInAttempt(
        test,
        clinic.admin.email,
        `guess ${attempt}`,
        `203.0.113.${attempt}`,
      );
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(95);
    const locked = await signInAttempt(test, clinic.admin.email, TEST_PASSWORD, '198.51.100.7');
    expect(locked.status).toBe(429);
    await forgetRecentFailures(test, 16);
    const later = await signInAttempt(test, clinic.admin.email, TEST_PASSWORD, '198.51.100.7');
    expect(later.status).toBe(200);
  });

  it('throttles one client spraying passwords over many accounts', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const email = `sprayed-${attempt}-${randomUUID()}@example.org`;
      const response = await signInAttempt(test, email, 'Winter2026!', `192.0.2.${attempt}`);
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(20);
    await forgetRecentFailures(test, 16);
    expect((await signInAttempt(test, clinic.therapist.email, TEST_PASSWORD, '192.0.2.1')).status).toBe(200);
  });

  const crossSite = [
    { what: 'a cross-site HTML form', type: 'application/x-www-form-urlencoded', body: 'baselinePain=9' },
    { what: 'a text/plain POST carrying JSON', type: 'text/plain', body: '{"baselinePain":9}' },
    { what: 'a multipart form', type: 'multipart/form-data; boundary=x', body: '--x\r\n\r\n9\r\n--x--' },
  ];

  it.each(crossSite)('refuses $what with the session cookie and changes nothing', async ({ type, body }) => {
    const patient = await buildPatient(test, clinic);
    const before = await digestTables(test.deps.db);
    for (const path of [
      `/api/v1/patients/${patient.id}/check-ins`,
      '/api/auth/sign-out',
      '/api/v1/therapists',
    ]) {
      const response = await test.app.request(path, {
        method: 'POST',
        headers: {
          origin: EVIL_ORIGIN,
          cookie: path.includes('therapists') ? clinic.admin.cookie : patient.cookie,
          'content-type': type,
          'content-length': String(body.length),
        },
        body,
      });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
    }
    expect(await digestTables(test.deps.db)).toEqual(before);
  });

  it('writes no password, token or health data to the logs', async () => {
    logLines.length = 0;
    const name = `Ximena ${randomUUID()}`;
    const email = `${randomUUID()}@example.org`;
    const created = await test.request('/api/v1/patients', {
      cookie: clinic.therapist.cookie,
      body: { name, email, injuryDate: '2026-01-05', side: 'left', timeZone: 'Europe/Madrid' },
    });
    const { id } = (await created.json()) as { id: string };
    const invitation = await test.request(`/api/v1/patients/${id}/invitations`, {
      method: 'POST',
      cookie: clinic.therapist.cookie,
    });
    const token = ((await invitation.json()) as { url: string }).url.split('/').at(-1) ?? '';
    const password = `secret ${randomUUID()}`;
    const accepted = await test.request(`/api/v1/invitations/${token}/accept`, { body: { password } });
    const cookie = cookieFrom(accepted);
    await signInAttempt(test, email, 'a wrong password 123', '::1');
    await test.request(`/api/v1/patients/${id}/check-ins`, {
      cookie,
      body: {
        clientId: randomUUID(),
        date: '2026-01-20',
        nextMorningPain: 7,
        worstPain24h: 9,
        walkingPain: 8,
      },
    });
    await test.request(`/api/v1/patients/${id}`, { cookie: clinic.therapist.cookie });
    expect(logLines.length).toBeGreaterThan(5);
    const logs = logLines.join('\n');
    const sessionToken = cookie.split('=')[1]?.split('.')[0] ?? 'missing';
    for (const secret of [
      password,
      'a wrong password 123',
      token,
      sessionToken,
      name,
      email,
      'worstPain24h',
      'nextMorningPain',
    ])
      expect(logs, secret).not.toContain(secret);
  });

  it('ends staff sessions after 30 idle minutes and after 12 hours in all, patients after 30 days', async () => {
    const therapist = async () =>
      cookieFrom(await signInAttempt(test, clinic.therapist.email, TEST_PASSWORD, '::1'));
    const me = async (cookie: string) => (await test.request('/api/v1/me', { cookie })).status;
    const patient = await buildPatient(test, clinic);
    const idle = await therapist();
    await shiftSessions(test, 29);
    expect(await me(idle), 'idle 29 minutes').toBe(200);
    await shiftSessions(test, 31);
    expect(await me(idle), 'idle 31 minutes').toBe(401);
    const busy = await therapist();
    // A request every 25 minutes keeps it alive until the 12-hour ceiling (28 * 25 = 700 minutes).
    for (let step = 1; step <= 28; step += 1) {
      await shiftSessions(test, 25);
      expect(await me(busy), `after ${step * 25} busy minutes`).toBe(200);
    }
    await shiftSessions(test, 25);
    // Not idle: only the 12-hour ceiling can end it now.
    await test.deps.db.execute(
      sql`update session set expires_at = now() + interval '10 minutes' where user_id = ${clinic.therapist.id}`,
    );
    expect(await me(busy), 'busy 725 minutes').toBe(401);
    await shiftSessions(test, 29 * 24 * 60);
    expect(await me(patient.cookie), 'patient after 29 days').toBe(200);
    await shiftSessions(test, 30 * 24 * 60 + 1);
    expect(await me(patient.cookie), 'patient after 30 days').toBe(401);
  });
});

describe('what every response carries', () => {
  let testDatabase: TestDatabase;
  let test: TestApp;

  beforeAll(async () => {
    testDatabase = await openTestDatabase('pglite');
    test = await appOn(testDatabase.database);
  });
  afterAll(async () => testDatabase.dispose());

  function expectSecurityHeaders(response: Response, what: string) {
    for (const header of [
      'content-security-policy',
      'x-content-type-options',
      'x-frame-options',
      'referrer-policy',
    ])
      expect(response.headers.get(header), `${what}: ${header}`).toBeTruthy();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  }

  it('sends the security headers on success, 404, 401, 400, 413, 415 and 500', async () => {
    const clinic = await buildClinic(test);
    const responses: [string, Response][] = [
      ['200', await test.request('/healthz')],
      ['404 outside the API', await test.request('/api/no-such-thing')],
      ['404 API', await test.request('/api/v1/no-such-route', { cookie: clinic.therapist.cookie })],
      ['401', await test.request('/api/v1/me')],
      ['400', await test.request('/api/v1/patients', { cookie: clinic.therapist.cookie, body: { name: 1 } })],
      [
        '413',
        await test.request('/api/v1/patients', {
          cookie: clinic.therapist.cookie,
          body: { name: 'x'.repeat(70_000) },
        }),
      ],
      [
        '415',
        await test.app.request('/api/v1/patients', {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'content-length': '1' },
          body: 'x',
        }),
      ],
    ];
    await testDatabase.database.close();
    responses.push(['500', await test.request('/api/v1/patients', { cookie: clinic.therapist.cookie })]);
    testDatabase = await openTestDatabase('pglite');
    for (const [what, response] of responses) {
      expect(response.status, what).toBe(Number(what.slice(0, 3)));
      expectSecurityHeaders(response, what);
    }
  });

  it('sets the session cookie HttpOnly and SameSite, and Secure with __Host- and HSTS outside localhost', async () => {
    const publicUrl = 'https://minimus.example.org';
    const deps = await buildDependencies(testDatabase.database, {
      publicUrl,
      authSecret: null,
      logger: createLogger('silent'),
      webRoot: '/nonexistent',
    });
    const app = createApp(deps);
    const secure = await appOn(testDatabase.database);
    const clinic = await buildClinic(secure);
    const response = await app.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { origin: publicUrl, 'content-type': 'application/json' },
      body: JSON.stringify({ email: clinic.therapist.email, password: TEST_PASSWORD }),
    });
    expect(response.status).toBe(200);
    const [cookie = ''] = response.headers.getSetCookie().filter((line) => line.includes('session'));
    expect(cookie).toMatch(/^__Host-/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const local = (
      await signInAttempt(secure, clinic.therapist.email, TEST_PASSWORD, '::1')
    ).headers.getSetCookie();
    expect(local.join('\n')).toMatch(/HttpOnly/i);
    expect(local.join('\n')).toMatch(/SameSite=(Lax|Strict)/i);
  });
});
