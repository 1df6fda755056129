import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  openTestApp,
  type TestApp,
} from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';

interface Problem {
  code: string;
  errors: { path: string; message: string }[];
}

describe.each(testDatabaseKinds())('records the clinician pages read, on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  const asTherapist = (path: string, init: { method?: string; body?: unknown } = {}) =>
    test.request(path, { ...init, cookie: clinic.therapist.cookie });

  it('lists outcome scores newest first with their author, and refuses a total outside its range', async () => {
    const patient = await buildPatient(test, clinic);
    const path = `/api/v1/patients/${patient.id}/outcome-scores`;
    for (const [date, total] of [
      ['2026-01-20', 41],
      ['2026-02-20', 62],
    ] as const) {
      const stored = await asTherapist(path, { body: { date, instrument: 'LEFS', total } });
      expect(stored.status).toBe(201);
    }
    const refused = await asTherapist(path, { body: { date: '2026-02-21', instrument: 'LEFS', total: 85 } });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Problem).errors).toEqual([
      { path: 'total', message: 'LEFS totals run from 0 to 80' },
    ]);
    const listed = (await (await asTherapist(path)).json()) as {
      date: string;
      total: number;
      author: string;
    }[];
    expect(listed.map((score) => [score.date, score.total])).toEqual([
      ['2026-02-20', 62],
      ['2026-01-20', 41],
    ]);
    expect(listed[0]?.author).toBe(clinic.therapist.name);
    expect((await test.request(path, { cookie: patient.cookie })).status).toBe(403);
  });

  it('tells whether a calendar feed link works, and that it stops when revoked', async () => {
    const patient = await buildPatient(test, clinic);
    const path = `/api/v1/patients/${patient.id}/calendar-feed`;
    await expect((await asTherapist(path)).json()).resolves.toEqual({ active: false, createdAt: null });
    const created = (await (await asTherapist(path, { method: 'POST' })).json()) as { url: string };
    const status = (await (await asTherapist(path)).json()) as { active: boolean; createdAt: string };
    expect(status.active).toBe(true);
    expect(Number.isNaN(Date.parse(status.createdAt))).toBe(false);
    const feedPath = new URL(created.url).pathname;
    expect((await test.request(feedPath)).status).toBe(200);
    expect((await asTherapist(path, { method: 'DELETE' })).status).toBe(204);
    await expect((await asTherapist(path)).json()).resolves.toEqual({ active: false, createdAt: null });
    expect((await test.request(feedPath)).status).toBe(404);
  });

  it('gives the monitoring report as data, for one patient and for the clinic, and one patient as CSV', async () => {
    const patient = await buildPatient(test, clinic, { name: 'Report Patient' });
    const one = (await (await asTherapist(`/api/v1/patients/${patient.id}/reports/monitoring`)).json()) as {
      patients: { patientId: string; periods: { daysWithData: number; meetsSixteenDays: boolean }[] }[];
      totals: { patients: number };
    };
    expect(one.patients.map((entry) => entry.patientId)).toEqual([patient.id]);
    expect(one.totals.patients).toBe(1);
    expect(one.patients[0]?.periods.length).toBeGreaterThan(0);
    const all = (await (await asTherapist('/api/v1/reports/monitoring')).json()) as {
      patients: { patientId: string }[];
    };
    expect(all.patients.map((entry) => entry.patientId)).toContain(patient.id);
    const csv = await asTherapist(`/api/v1/patients/${patient.id}/reports/monitoring.csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^Patient ID,Patient,/);
    expect(lines.slice(1).every((line) => line.includes('Report Patient'))).toBe(true);
    const denied = await test.request(`/api/v1/patients/${patient.id}/reports/monitoring`, {
      cookie: patient.cookie,
    });
    expect(denied.status).toBe(403);
  });
});
