import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appOn,
  buildClinic,
  buildPatient,
  TEST_PASSWORD,
  type TestApp,
} from '../../test/support/test-app.js';
import { openTestDatabase, type TestDatabase } from '../../test/support/test-database.js';

describe('the request log', () => {
  const lines: string[] = [];
  let testDatabase: TestDatabase;
  let test: TestApp;

  beforeAll(async () => {
    testDatabase = await openTestDatabase('pglite');
    test = await appOn(testDatabase.database, { logLines: lines });
  });
  afterAll(async () => testDatabase.dispose());

  it('writes one JSON line per request with its id, and never a password, token or pain score', async () => {
    const clinic = await buildClinic(test);
    const patient = await buildPatient(test, clinic);
    const feed = await test.request(`/api/v1/patients/${patient.id}/calendar-feed`, {
      method: 'POST',
      cookie: patient.cookie,
    });
    const { url } = (await feed.json()) as { url: string };
    await test.request(new URL(url).pathname);
    await test.request(`/api/v1/patients/${patient.id}/check-ins`, {
      cookie: patient.cookie,
      body: {
        clientId: randomUUID(),
        date: '2026-01-20',
        nextMorningPain: 7,
        worstPain24h: 9,
        walkingPain: 8,
      },
    });
    const requests = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.message === 'request');
    expect(requests.length).toBeGreaterThan(5);
    for (const line of requests) expect(line.requestId).toEqual(expect.any(String));
    const text = lines.join('\n');
    const secret = new URL(url).pathname.split('/').at(-1)?.replace('.ics', '') ?? '';
    const sessionToken = decodeURIComponent(patient.cookie.split('=')[1] ?? '').split('.')[0] ?? '';
    for (const leaked of [TEST_PASSWORD, secret, sessionToken, 'worstPain24h', '"nextMorningPain"']) {
      expect(text).not.toContain(leaked);
    }
    expect(text).toContain('"route":"/calendar/:file{');
  });
});
