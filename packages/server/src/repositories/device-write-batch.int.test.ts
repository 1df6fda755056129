import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClinic, buildPatient, openTestApp, type TestApp } from '../../test/support/test-app.js';
import type { TestDatabase } from '../../test/support/test-database.js';
import { rowsOf } from '../db/rows.js';
import {
  batchedDeviceWrites,
  type DeviceWriteCall,
  type DeviceWriteRepositoryShape,
  deviceWriteRepository,
} from './device-write.js';

// The batches are the embedded database's (migration 0017); the function is the same on PostgreSQL,
// where the server sends one write per call, so the batches are checked on PGlite.
describe('device writes in batches on pglite', () => {
  let test: TestApp & { testDatabase: TestDatabase };
  let patients: { id: string }[];

  beforeAll(async () => {
    test = await openTestApp('pglite');
    const clinic = await buildClinic(test);
    patients = [];
    for (let index = 0; index < 3; index += 1) patients.push(await buildPatient(test, clinic));
  });
  afterAll(async () => test.testDatabase.dispose());

  const database = () => test.testDatabase.database;

  async function versionOf(patientId: string): Promise<number> {
    const [row] = rowsOf(
      await database().db.execute(sql`select data_version from patient where id = ${patientId}`),
    );
    return Number(row?.data_version);
  }

  async function checkInsOf(patientId: string): Promise<string[]> {
    const rows = rowsOf(
      await database().db.execute(sql`select client_id from check_in where patient_id = ${patientId}`),
    );
    return rows.map((row) => String(row.client_id));
  }

  const checkIn = (
    patientId: string,
    expectedDataVersion: number,
    clientId: string = randomUUID(),
  ): DeviceWriteCall => ({
    table: 'check_in',
    patientId,
    expectedDataVersion,
    record: {
      id: randomUUID(),
      clientId,
      date: '2026-01-10',
      nextMorningPain: 1,
      worstPain24h: 2,
      walkingPain: 1,
    },
    alerts: [],
    audit: {
      actorId: 'user-1',
      actorRole: 'patient',
      clinicId: 'clinic-1',
      action: 'check-in.create',
      requestId: 'r',
    },
  });

  /** The real single-write repository, counting its calls. */
  function countingSingle(): DeviceWriteRepositoryShape & { calls: number } {
    const single = deviceWriteRepository(database().db);
    const counted = {
      calls: 0,
      record: (write: DeviceWriteCall) => {
        counted.calls += 1;
        return single.record(write);
      },
    };
    return counted;
  }

  it('stores writes sent at once in fewer calls, each caller answered with its own outcome', async () => {
    const single = countingSingle();
    const batched = batchedDeviceWrites(database(), single);
    const versions = await Promise.all(patients.map(({ id }) => versionOf(id)));
    const writes = patients.map(({ id }, index) => checkIn(id, versions[index] ?? 0));
    const outcomes = await Promise.all(writes.map((write) => batched.record(write)));
    expect(outcomes).toEqual(versions.map((version) => ({ outcome: 'created', dataVersion: version + 1 })));
    for (const [index, { id }] of patients.entries())
      expect(await checkInsOf(id)).toContain(writes[index]?.record.clientId);
    expect(single.calls).toBe(0);
  });

  it('answers the second of two writes to one patient in a batch as stale, and a replay as replayed', async () => {
    const batched = batchedDeviceWrites(database(), countingSingle());
    const [patient] = patients;
    if (!patient) throw new Error('no patient');
    const version = await versionOf(patient.id);
    const first = checkIn(patient.id, version);
    const [created, stale, replayed] = await Promise.all([
      batched.record(first),
      batched.record(checkIn(patient.id, version)),
      batched.record(checkIn(patient.id, version, String(first.record.clientId))),
    ]);
    expect(created).toEqual({ outcome: 'created', dataVersion: version + 1 });
    expect(stale).toEqual({ outcome: 'stale', dataVersion: version + 1 });
    expect(replayed).toMatchObject({ outcome: 'replayed', record: { clientId: first.record.clientId } });
  });

  it('fails a write the database refuses alone, storing the others of its batch', async () => {
    const batched = batchedDeviceWrites(database(), countingSingle());
    const [one, two] = patients;
    if (!one || !two) throw new Error('no patients');
    const good = checkIn(one.id, await versionOf(one.id));
    const refused = {
      ...checkIn(two.id, await versionOf(two.id)),
      table: 'strength_test',
    } as unknown as DeviceWriteCall;
    const [stored, failed] = await Promise.allSettled([batched.record(good), batched.record(refused)]);
    expect(stored.status).toBe('fulfilled');
    expect(failed.status).toBe('rejected');
    expect(String((failed as PromiseRejectedResult).reason)).toContain('is not written by devices');
    expect(await checkInsOf(one.id)).toContain(good.record.clientId);
    expect(await checkInsOf(two.id)).not.toContain(refused.record.clientId);
  });

  it('sends the writes again one by one when the batch call itself fails', async () => {
    const single = countingSingle();
    let batchCalls = 0;
    const failing = {
      executeSql: async () => {
        batchCalls += 1;
        throw new Error('the call broke');
      },
    };
    const batched = batchedDeviceWrites(failing, single);
    const writes = await Promise.all(patients.map(async ({ id }) => checkIn(id, await versionOf(id))));
    const outcomes = await Promise.all(writes.map((write) => batched.record(write)));
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['created', 'created', 'created']);
    expect(batchCalls).toBeGreaterThan(0);
    expect(single.calls).toBe(3);
  });
});
