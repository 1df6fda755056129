import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenDatabase, openPostgres } from '../db/database.js';
import { appOn, buildClinic, buildPatient, signIn, type TestApp } from '../testing/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../testing/test-database.js';

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
});
