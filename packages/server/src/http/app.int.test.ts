import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClinic, buildPatient, type Clinic, openTestApp, type TestApp } from '../testing/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../testing/test-database.js';

describe.each(testDatabaseKinds())('the app on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;
  let patient: Awaited<ReturnType<typeof buildPatient>>;

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
    patient = await buildPatient(test, clinic);
  });
  afterAll(async () => test.testDatabase.dispose());

  it('serves a plan to the patient', async () => {
    const response = await test.request(`/api/v1/patients/${patient.id}/plan?date=2026-01-20`, {
      cookie: patient.cookie,
    });
    expect(response.status).toBe(200);
    const plan = (await response.json()) as { date: string; phase: number };
    expect(plan.date).toBe('2026-01-20');
  });

  it('stores a replayed check-in once', async () => {
    const body = {
      clientId: randomUUID(),
      date: '2026-01-20',
      nextMorningPain: 2,
      worstPain24h: 3,
      walkingPain: 1,
    };
    const first = await test.request(`/api/v1/patients/${patient.id}/check-ins`, {
      cookie: patient.cookie,
      body,
    });
    const second = await test.request(`/api/v1/patients/${patient.id}/check-ins`, {
      cookie: patient.cookie,
      body,
    });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(((await second.json()) as { id: string }).id).toBe(((await first.json()) as { id: string }).id);
  });
});
