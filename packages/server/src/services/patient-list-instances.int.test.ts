import { randomUUID } from 'node:crypto';
import { addDays } from '@minimus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFromScratch } from '../../test/support/attention-reference.js';
import { appOn, buildClinic, buildPatient, type Clinic, type TestApp } from '../../test/support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { type OpenDatabase, openPostgres } from '../db/database.js';
import type { Repositories } from '../repositories/repositories.js';
import { refreshAttention } from './attention-snapshot.js';
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

  const unreadOf = (items: PatientListPage['items'], id: string | undefined) =>
    items
      .find((item) => item.id === id)
      ?.attention.reasons.find((reason) => reason.code === 'unread-messages')?.params;
  const send = (instance: TestApp, index: number, cookie: string, text: string) =>
    instance.request(`/api/v1/patients/${patients[index]?.id}/messages`, {
      cookie,
      body: { clientId: randomUUID(), text },
    });

  /**
   * Another instance's recompute that read the patient's unread count, then waits for `gate` before
   * storing what it computed: the race of a list (or the per-minute tick) with a message on another
   * instance, made to lose every time.
   */
  const slowRecompute = (repos: Repositories, patientId: string, gate: Promise<void>) => {
    let counted: () => void = () => undefined;
    const read = new Promise<void>((resolve) => {
      counted = resolve;
    });
    const racing: Repositories = {
      ...repos,
      messages: {
        ...repos.messages,
        async unreadFrom(id, role) {
          const count = await repos.messages.unreadFrom(id, role);
          counted();
          await gate;
          return count;
        },
      },
    };
    return { read, done: refreshAttention(racing, patientId) };
  };

  it("shows a message stored through one instance on the other's list, even when a recompute raced it", async () => {
    const patient = patients[0];
    expect(unreadOf(await listOn(second), patient?.id)).toBeUndefined();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const race = slowRecompute(second.repos, patient?.id ?? '', gate);
    await race.read;
    expect((await send(first, 0, patient?.cookie ?? '', 'Can I swim this week?')).status).toBe(201);
    release();
    await race.done;
    expect(unreadOf(await listOn(second), patient?.id)).toEqual({ count: 1 });
    expect(await listOn(second)).toEqual(await scratch());
  });

  it("takes a message off the other instance's list once a therapist read it there, even when a recompute raced it", async () => {
    const patient = patients[0];
    expect(unreadOf(await listOn(first), patient?.id)).toEqual({ count: 1 });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const race = slowRecompute(first.repos, patient?.id ?? '', gate);
    await race.read;
    const receipt = await second.request(`/api/v1/patients/${patient?.id}/messages/receipts`, {
      cookie: clinic.therapist.cookie,
      body: { state: 'read' },
    });
    expect(receipt.status).toBe(200);
    release();
    await race.done;
    expect(unreadOf(await listOn(first), patient?.id)).toBeUndefined();
    expect(await listOn(first)).toEqual(await scratch());
  });

  it("lists a message stored behind the services' back (no recompute after it) on either instance", async () => {
    const patient = await first.repos.patients.find(patients[2]?.id ?? '');
    if (!patient) throw new Error('no patient 2');
    await first.repos.messages.insert({
      patientId: patient.id,
      clientId: randomUUID(),
      authorId: patient.userId,
      authorRole: 'patient',
      body: 'Written while the other instance went down',
      photo: null,
      safetyTier: null,
      safetyCodes: null,
    });
    expect(unreadOf(await listOn(second), patient.id)).toEqual({ count: 1 });
    expect(unreadOf(await listOn(first), patient.id)).toEqual({ count: 1 });
  });
});
