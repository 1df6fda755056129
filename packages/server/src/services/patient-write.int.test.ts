import { randomUUID } from 'node:crypto';
import { addDays, GLUTEUS_MINIMUS_PROTOCOL } from '@minimus/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  openTestApp,
  type TestApp,
} from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { Planner } from '../repositories/planner.js';
import { todayIn } from './plans.js';

const ZONE = 'Europe/Madrid';
const RED_FLAG_ITEMS = GLUTEUS_MINIMUS_PROTOCOL.screens.redFlag.items.map((item) => item.id);
const TENDINOPATHY_ITEMS = GLUTEUS_MINIMUS_PROTOCOL.screens.tendinopathy.items.map((item) => item.id);

/** One device write: its kind, how many days before today it is dated, and a pain level. */
const writeArbitrary = fc.record({
  kind: fc.constantFrom('check-in', 'session-log', 'red-flag', 'tendinopathy', 'psfs', 'replay'),
  daysAgo: fc.integer({ min: 0, max: 12 }),
  pain: fc.integer({ min: 0, max: 8 }),
  yes: fc.boolean(),
});
type Write = typeof writeArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Writes in batches: those of one batch are sent at once, so they race for the patient's lock. */
const batchesArbitrary = fc.array(fc.array(writeArbitrary, { minLength: 1, maxLength: 3 }), {
  minLength: 1,
  maxLength: 5,
});

describe.each(testDatabaseKinds())('device writes on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  const today = () => todayIn(ZONE);

  async function bodyOf(patientId: string, cookie: string, write: Write): Promise<[string, unknown] | null> {
    const date = addDays(today(), -write.daysAgo);
    const clientId = randomUUID();
    switch (write.kind) {
      case 'check-in':
        return [
          'check-ins',
          { clientId, date, nextMorningPain: write.pain, worstPain24h: write.pain, walkingPain: 1 },
        ];
      case 'red-flag': {
        const answers = Object.fromEntries(RED_FLAG_ITEMS.map((id, index) => [id, write.yes && index === 0]));
        return ['screens/red-flag', { clientId, date, answers }];
      }
      case 'tendinopathy': {
        const answers = Object.fromEntries(TENDINOPATHY_ITEMS.map((id) => [id, write.yes]));
        return ['screens/tendinopathy', { clientId, date, answers }];
      }
      case 'psfs':
        return ['psfs', { clientId, date, activities: [{ name: 'Stairs', score: 10 - write.pain }] }];
      case 'replay':
        return null;
      case 'session-log': {
        const response = await test.request(`/api/v1/patients/${patientId}/plan?date=${date}`, { cookie });
        const plan = (await response.json()) as { exercises?: { exerciseId: string }[] };
        const [exercise] = plan.exercises ?? [];
        if (!exercise) return null;
        const sets = [{ reps: 5, holdSeconds: 10, loadKg: 0 }];
        const exercises = [
          { exerciseId: exercise.exerciseId, sets, painScore: write.pain, stoppedEarly: false },
        ];
        return ['session-logs', { clientId, date, baselinePain: 2, exercises }];
      }
    }
  }

  it('keeps in memory exactly the state a full read of the database gives, after any writes', async () => {
    await fc.assert(
      fc.asyncProperty(batchesArbitrary, async (batches) => {
        const patient = await buildPatient(test, clinic, {
          injuryDate: addDays(today(), -12),
          timeZone: ZONE,
          condition: 'muscle-strain',
        });
        const sent: [string, unknown][] = [];
        for (const batch of batches) {
          const bodies = await Promise.all(batch.map((write) => bodyOf(patient.id, patient.cookie, write)));
          const writes = bodies.map((body, index) => body ?? (index === 0 ? sent.at(-1) : undefined) ?? null);
          await Promise.all(
            writes.map(async (write) => {
              if (!write) return;
              const [path, body] = write;
              const response = await test.request(`/api/v1/patients/${patient.id}/${path}`, {
                cookie: patient.cookie,
                body,
              });
              expect([200, 201, 400]).toContain(response.status);
              if (response.status !== 400) sent.push(write);
            }),
          );
        }
        const planner = test.deps.repos.planner;
        const stored = await test.repos.patients.find(patient.id);
        if (!stored) throw new Error('the patient vanished');
        // The row held in memory moved on with each write's version (migration 0012) and equals the stored
        // one, once every announcement is heard (as a request makes sure before it trusts memory).
        await (await test.testDatabase.database.changes()).catchUp();
        expect(await test.deps.repos.patients.find(patient.id)).toEqual(stored);
        const kept = planner.kept(patient.id, stored.dataVersion);
        const reread = await new Planner(test.repos.history).state(patient.id);
        expect(kept?.history).toEqual(reread.history);
        expect(kept?.program).toEqual(reread.program);
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it.runIf(kind === 'pglite')(
    'sends one statement to the database for a write after the first: nothing is read again',
    async () => {
      const patient = await buildPatient(test, clinic, { injuryDate: addDays(today(), -12), timeZone: ZONE });
      const checkIn = (daysAgo: number) =>
        test.request(`/api/v1/patients/${patient.id}/check-ins`, {
          cookie: patient.cookie,
          body: {
            clientId: randomUUID(),
            date: addDays(today(), -daysAgo),
            nextMorningPain: 1,
            worstPain24h: 1,
            walkingPain: 1,
          },
        });
      expect((await checkIn(3)).status).toBe(201);
      // PGlite takes device writes as text (`exec`, in batches: migration 0017); PostgreSQL as a query.
      type Call = (...args: never[]) => unknown;
      const client = (test.testDatabase.database.db as unknown as { $client: Record<'query' | 'exec', Call> })
        .$client;
      const methods = (['query', 'exec'] as const).filter((name) => typeof client[name] === 'function');
      const originals = methods.map((name) => [name, client[name]] as const);
      const statements: string[] = [];
      for (const [name, original] of originals)
        client[name] = (...args: never[]) => {
          statements.push(String(args[0]).slice(0, 60));
          return original.apply(client, args);
        };
      try {
        expect((await checkIn(2)).status).toBe(201);
        expect((await checkIn(1)).status).toBe(201);
      } finally {
        for (const [name, original] of originals) client[name] = original;
      }
      expect(statements).toHaveLength(2);
      expect(statements.every((statement) => statement.includes('record_device_write'))).toBe(true);
    },
  );
});
