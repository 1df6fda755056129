import { randomUUID } from 'node:crypto';
import { addDays } from '@minimus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFromScratch } from '../../test/support/attention-reference.js';
import { appOn, buildClinic, buildPatient, type Clinic, type TestApp } from '../../test/support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { type OpenDatabase, openPostgres } from '../db/database.js';
import type { PatientListPage } from './patient-list.js';
import { todayIn } from './plans.js';

/**
 * The list is kept by the database, not by an instance: what one instance writes, the other lists at
 * once, and writes racing on both leave every patient's attention as computed from scratch (ADR 0006).
 */
describe.each(testDatabaseKinds())('the patient list on two instances over one %s database', (kind) => {
  let testDatabase: TestDatabase;
  let secondDatabase: OpenDatabase;
  let first: TestApp;
  let second: TestApp;
  let clinic: Clinic;
  let patients: Awaited<ReturnType<typeof buildPatient>>[];
  const today = () => todayIn('Europe/Madrid');

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
    secondDatabase = testDatabase.url
      ? await openPostgres(testDatabase.url, { max: 5 })
      : testDatabase.database;
    first = await appOn(testDatabase.database);
    second = await appOn(secondDatabase);
    clinic = await buildClinic(first);
    patients = [];
    for (const name of ['Irene Soto', 'Jorge Prieto', 'Lara Vega']) {
      patients.push(await buildPatient(first, clinic, { name, injuryDate: addDays(today(), -15) }));
    }
  });
  afterAll(async () => {
    if (secondDatabase !== testDatabase.database) await secondDatabase.close();
    await testDatabase.dispose();
  });

  const listOn = async (instance: TestApp) => {
    const response = await instance.request('/api/v1/patients?limit=200', {
      cookie: clinic.therapist.cookie,
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as PatientListPage).items;
  };
  const scratch = () => listFromScratch(first.repos, clinic.clinic.id, new Date());
  const checkIn = (instance: TestApp, index: number, pain: number) => {
    const patient = patients[index];
    if (!patient) throw new Error(`no patient ${index}`);
    return instance.request(`/api/v1/patients/${patient.id}/check-ins`, {
      cookie: patient.cookie,
      body: {
        clientId: randomUUID(),
        date: today(),
        nextMorningPain: pain,
        worstPain24h: pain,
        walkingPain: pain,
      },
    });
  };

  it('lists on one instance what the other has just written', async () => {
    expect(await listOn(first)).toEqual(await scratch());
    expect((await checkIn(second, 1, 2)).status).toBe(201);
    const listed = await listOn(first);
    expect(listed).toEqual(await scratch());
    expect(listed.find((item) => item.id === patients[1]?.id)?.lastDataDate).toBe(today());
  });

  it('ends exact after writes and lists racing on both instances', async () => {
    await Promise.all([
      checkIn(first, 0, 1),
      checkIn(second, 0, 3),
      checkIn(first, 2, 2),
      listOn(second),
      checkIn(second, 2, 4),
      listOn(first),
      checkIn(second, 1, 1),
    ]);
    const expected = await scratch();
    expect(await listOn(first)).toEqual(expected);
    expect(await listOn(second)).toEqual(expected);
  });
});
