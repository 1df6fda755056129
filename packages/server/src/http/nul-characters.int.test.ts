import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestTables } from '../../test/reliability/table-digest.js';
import {
  appOn,
  buildClinic,
  buildPatient,
  type Clinic,
  TEST_ORIGIN,
  type TestApp,
} from '../../test/support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';

describe.each(testDatabaseKinds())('text holding the NUL character on %s', (kind) => {
  let testDatabase: TestDatabase;
  let test: TestApp;
  let clinic: Clinic;
  let patientId: string;

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
    test = await appOn(testDatabase.database);
    clinic = await buildClinic(test);
    patientId = (await buildPatient(test, clinic)).id;
  });
  afterAll(async () => testDatabase.dispose());

  // Each of these reached PostgreSQL and failed there with a 500 before NUL was refused up front.
  const cases = [
    {
      what: 'a therapist name',
      method: 'POST',
      as: 'admin',
      path: () => '/api/v1/therapists',
      body: { name: 'Ann\u0000e', email: 'nul@example.org' },
    },
    {
      what: 'a patient name',
      method: 'PATCH',
      as: 'therapist',
      path: () => `/api/v1/patients/${patientId}`,
      body: { name: 'Ann\u0000e' },
    },
  ] as const;

  it.each(cases)('refuses $what with a NUL in it, naming the field, and stores nothing', async (entry) => {
    const before = await digestTables(test.deps.db);
    const response = await test.request(entry.path(), {
      method: entry.method,
      cookie: clinic[entry.as].cookie,
      body: entry.body,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path)).toEqual(['name']);
    expect(await digestTables(test.deps.db)).toEqual(before);
  });

  it('refuses a NUL in a key or deep inside a body', async () => {
    const response = await test.app.request('/api/v1/therapists', {
      method: 'POST',
      headers: { origin: TEST_ORIGIN, cookie: clinic.admin.cookie, 'content-type': 'application/json' },
      body: '{"name":"A","email":"a@example.org","x":[{"\\u0000":1},"ok"]}',
    });
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(response.status).toBe(400);
    expect(problem.errors.map((error) => error.path)).toEqual(['x.0.\u0000']);
  });

  it('refuses a NUL in the patient search with 400', async () => {
    const response = await test.request('/api/v1/patients?query=%00', { cookie: clinic.therapist.cookie });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path)).toEqual(['query.query']);
  });

  it('accepts a backslash followed by u0000, which is not a NUL', async () => {
    const response = await test.request(`/api/v1/patients/${patientId}`, {
      method: 'PATCH',
      cookie: clinic.therapist.cookie,
      body: { name: 'Back\\u0000slash' },
    });
    expect(response.status).toBe(200);
  });
});
