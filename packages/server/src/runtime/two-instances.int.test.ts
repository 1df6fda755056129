import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOn, buildClinic, buildPatient, signIn, type TestApp } from '../../test/support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { type OpenDatabase, openPostgres } from '../db/database.js';

/**
 * The server keeps nothing but the database: a session made on one instance works on another, and a
 * write through one is read through the other. On PostgreSQL the instances have separate pools, as
 * separate processes would; PGlite is in-process, so they share its handle.
 */
describe.each(testDatabaseKinds())('two app instances on one %s database', (kind) => {
  let testDatabase: TestDatabase;
  let secondDatabase: OpenDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
    secondDatabase = testDatabase.url
      ? await openPostgres(testDatabase.url, { max: 5 })
      : testDatabase.database;
    first = await appOn(testDatabase.database);
    second = await appOn(secondDatabase);
  });
  afterAll(async () => {
    if (secondDatabase !== testDatabase.database) await secondDatabase.close();
    await testDatabase.dispose();
  });

  it('signs in on one and writes with that session on the other', async () => {
    const clinic = await buildClinic(first);
    const patient = await buildPatient(first, clinic);
    const cookie = await signIn(first, patient.email);
    const body = {
      clientId: randomUUID(),
      date: '2026-01-20',
      nextMorningPain: 1,
      worstPain24h: 2,
      walkingPain: 1,
    };
    const written = await second.request(`/api/v1/patients/${patient.id}/check-ins`, { cookie, body });
    expect(written.status).toBe(201);
    const replayed = await first.request(`/api/v1/patients/${patient.id}/check-ins`, { cookie, body });
    expect(replayed.status).toBe(200);
    const me = await second.request('/api/v1/me', { cookie });
    expect(((await me.json()) as { patientId: string }).patientId).toBe(patient.id);
  });

  it('ends the session on both when signing out on one', async () => {
    const clinic = await buildClinic(first);
    const cookie = await signIn(second, clinic.therapist.email);
    expect((await first.request('/api/v1/me', { cookie })).status).toBe(200);
    await second.request('/api/auth/sign-out', { method: 'POST', cookie, body: {} });
    expect((await first.request('/api/v1/me', { cookie })).status).toBe(401);
  });

  it('answers from fresh data on one as soon as the other has stored a change (ADR 0005)', async () => {
    const clinic = await buildClinic(first);
    const patient = await buildPatient(first, clinic);
    const plan = `/api/v1/patients/${patient.id}/plan`;
    const statusOn = async (instance: TestApp) =>
      ((await (await instance.request(plan, { cookie: patient.cookie })).json()) as { status: string })
        .status;
    // Both instances now hold the session, the patient row and the plan in memory.
    expect(await statusOn(first)).toBe('active');
    expect(await statusOn(second)).toBe('active');
    const protocol = (await (await first.request('/api/v1/protocol', { cookie: patient.cookie })).json()) as {
      screens: { redFlag: { items: { id: string }[] } };
    };
    const item = protocol.screens.redFlag.items[0]?.id ?? '';
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date());
    const screen = await second.request(`/api/v1/patients/${patient.id}/screens/red-flag`, {
      cookie: patient.cookie,
      body: { clientId: randomUUID(), date: today, answers: { [item]: true } },
    });
    expect(screen.status).toBe(201);
    expect(await statusOn(first)).toBe('suspended');

    const renamed = await second.request(`/api/v1/patients/${patient.id}`, {
      method: 'PATCH',
      cookie: clinic.therapist.cookie,
      body: { timeZone: 'America/New_York' },
    });
    expect(renamed.status).toBe(200);
    const profile = await first.request(`/api/v1/patients/${patient.id}`, {
      cookie: clinic.therapist.cookie,
    });
    expect(((await profile.json()) as { timeZone: string }).timeZone).toBe('America/New_York');
  });
});
