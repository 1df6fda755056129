import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TrustedProxies } from '../../src/http/client-address.js';
import { appOn, buildClinic, TEST_ORIGIN, TEST_PASSWORD, type TestApp } from '../support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../support/test-database.js';

/** What @hono/node-server hands the app for a request arriving from nginx on this machine. */
const FROM_PROXY = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };

function signInAttempt(test: TestApp, email: string, password: string, forwardedFor: string) {
  return test.app.request(
    '/api/auth/sign-in/email',
    {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ email, password }),
    },
    FROM_PROXY,
  );
}

/** Failed sign-ins to accounts that do not exist, each claiming a different address before `client`. */
async function spray(test: TestApp, client: string, attempts: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const forwardedFor = `198.51.100.${attempt}, ${client}`;
    const response = await signInAttempt(test, `${randomUUID()}@example.org`, 'Winter2026!', forwardedFor);
    statuses.push(response.status);
  }
  return statuses;
}

describe.each(testDatabaseKinds())('the sign-in throttle behind a proxy on %s', (kind) => {
  let testDatabase: TestDatabase;
  afterEach(async () => testDatabase.dispose());

  async function open(trustProxy: TrustedProxies) {
    testDatabase = await openTestDatabase(kind);
    const test = await appOn(testDatabase.database, { trustProxy });
    return { test, clinic: await buildClinic(test) };
  }

  it('ignores X-Forwarded-For without MINIMUS_TRUST_PROXY: a spoofed header buys no extra guesses', async () => {
    const { test, clinic } = await open(0);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const response = await signInAttempt(
        test,
        `${randomUUID()}@example.org`,
        'Winter2026!',
        `203.0.113.${attempt}`,
      );
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(20);
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true);
    // Everyone behind the same socket address shares the limit.
    expect((await signInAttempt(test, clinic.therapist.email, TEST_PASSWORD, '192.0.2.9')).status).toBe(429);
  });

  it('with one trusted hop, limits each client by the address the proxy appended', async () => {
    const { test, clinic } = await open(1);
    const statuses = await spray(test, '203.0.113.5', 30);
    expect(statuses.filter((status) => status === 401)).toHaveLength(20);
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true);
    // Another client behind the same proxy is not locked out by the first one's guessing.
    const other = await signInAttempt(test, clinic.therapist.email, TEST_PASSWORD, '192.0.2.9');
    expect(other.status).toBe(200);
    // Nor can the guessing client escape its limit by adding addresses of its own choosing.
    const escaped = await signInAttempt(test, clinic.admin.email, TEST_PASSWORD, '192.0.2.9, 203.0.113.5');
    expect(escaped.status).toBe(429);
  });

  it('with loopback, believes the header only when the peer is on this machine', async () => {
    const { test } = await open('loopback');
    const statuses = await spray(test, '203.0.113.6', 25);
    expect(statuses.filter((status) => status === 401)).toHaveLength(20);
    const fromElsewhere = await test.app.request(
      '/api/auth/sign-in/email',
      {
        method: 'POST',
        headers: { origin: TEST_ORIGIN, 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.77' },
        body: JSON.stringify({ email: `${randomUUID()}@example.org`, password: 'x' }),
      },
      { incoming: { socket: { remoteAddress: '203.0.113.6' } } },
    );
    expect(fromElsewhere.status).toBe(429);
  });
});
