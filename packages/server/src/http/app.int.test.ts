import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  openTestApp,
  type TestApp,
} from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';

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

  it('exports the handout, the physician summary, FHIR and a calendar feed', async () => {
    const handout = await test.request(`/api/v1/patients/${patient.id}/exports/handout.pdf`, {
      cookie: clinic.therapist.cookie,
    });
    expect(handout.status).toBe(200);
    expect(
      Buffer.from(await handout.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const fhir = await test.request(`/api/v1/patients/${patient.id}/exports/fhir`, {
      cookie: patient.cookie,
    });
    expect(((await fhir.json()) as { resourceType: string }).resourceType).toBe('Bundle');
    const feed = await test.request(`/api/v1/patients/${patient.id}/calendar-feed`, {
      method: 'POST',
      cookie: patient.cookie,
    });
    const { url } = (await feed.json()) as { url: string };
    const ics = await test.request(new URL(url).pathname);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
  });
});
