import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIn, sessionLog } from '../../src/db/schema/index.js';
import { buildClinic, buildPatient, type Clinic, openTestApp, type TestApp } from '../support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../support/test-database.js';
import { fuzzSettings } from './reliability-fixture.js';

/** A write waiting on the phone: where it goes and the body it carries (with its clientId). */
interface OutboxItem {
  clientId: string;
  path: string;
  body: Record<string, unknown>;
}

/**
 * The phone under test: an outbox kept in storage that survives an app restart, sending each item
 * until the server answers 2xx. `cut` sends but loses the answer, as when the connection drops after
 * the request left.
 */
class Device {
  /** What the phone's storage holds; a restart keeps it. */
  readonly storage = new Map<string, OutboxItem>();
  constructor(
    private readonly test: TestApp,
    private readonly cookie: string,
  ) {}

  enqueue(item: OutboxItem): void {
    this.storage.set(item.clientId, item);
  }

  private async send(item: OutboxItem): Promise<{ status: number; text: string }> {
    const response = await this.test.request(item.path, { cookie: this.cookie, body: item.body });
    return { status: response.status, text: await response.text() };
  }

  async deliver(clientId: string): Promise<void> {
    const item = this.storage.get(clientId);
    if (!item) return;
    const { status, text } = await this.send(item);
    if (status !== 200 && status !== 201) throw new Error(`${item.path} answered ${status}: ${text}`);
    this.storage.delete(clientId);
  }

  async cut(clientId: string): Promise<void> {
    const item = this.storage.get(clientId);
    if (item) await this.send(item);
  }

  /** An app restart forgets everything but storage: rebuild the outbox from it. */
  restart(): void {
    const kept = [...this.storage.values()];
    this.storage.clear();
    for (const item of kept) this.storage.set(item.clientId, item);
  }
}

interface Model {
  made: string[];
}

interface Real {
  device: Device;
  patientId: string;
  nextDay: () => string;
  sessionLogBody: (clientId: string) => Record<string, unknown>;
}

type Command = fc.AsyncCommand<Model, Real>;

const pick = (storage: Map<string, OutboxItem>, index: number) => [...storage.keys()][index % storage.size];

const commands: fc.Arbitrary<Command>[] = [
  fc.constantFrom('check-in', 'session-log').map(
    (kind): Command => ({
      check: () => true,
      run: async (model, real) => {
        const clientId = randomUUID();
        model.made.push(clientId);
        const body =
          kind === 'check-in'
            ? { clientId, date: real.nextDay(), nextMorningPain: 1, worstPain24h: 2, walkingPain: 1 }
            : real.sessionLogBody(clientId);
        real.device.enqueue({ clientId, path: `/api/v1/patients/${real.patientId}/${kind}s`, body });
      },
      toString: () => `log ${kind} offline`,
    }),
  ),
  fc.constant<Command>({
    check: () => true,
    run: async (_, real) => real.device.restart(),
    toString: () => 'restart the app',
  }),
  fc.nat().map(
    (index): Command => ({
      check: () => true,
      run: async (_, real) => {
        const clientId = pick(real.device.storage, index);
        if (clientId) await real.device.cut(clientId);
      },
      toString: () => `sync item ${index} but lose the answer`,
    }),
  ),
  fc.array(fc.nat(), { minLength: 1, maxLength: 4 }).map(
    (indexes): Command => ({
      check: () => true,
      // Several items (possibly the same one twice) sent at once, in the order drawn.
      run: async (_, real) => {
        const chosen = indexes.map((index) => pick(real.device.storage, index));
        await Promise.all(chosen.map((clientId) => (clientId ? real.device.deliver(clientId) : undefined)));
      },
      toString: () => `sync items ${indexes.join(', ')} at once`,
    }),
  ),
];

async function storedClientIds(test: TestApp, patientId: string): Promise<string[]> {
  const logs = await test.deps.db
    .select({ id: sessionLog.clientId })
    .from(sessionLog)
    .where(eq(sessionLog.patientId, patientId));
  const checkIns = await test.deps.db
    .select({ id: checkIn.clientId })
    .from(checkIn)
    .where(eq(checkIn.patientId, patientId));
  return [...logs, ...checkIns].map((row) => row.id);
}

interface PlanExercise {
  exerciseId: string;
  prescription: { reps: number | null; holdSeconds: number | null; loadKg: number };
}

/** A session log body for the first day from `from` whose plan has exercises (rest days have none). */
async function sessionLogBuilder(test: TestApp, patient: { id: string; cookie: string }, from: string) {
  for (let offset = 0; offset < 14; offset += 1) {
    const date = new Date(Date.parse(from) + offset * 86_400_000).toISOString().slice(0, 10);
    const response = await test.request(`/api/v1/patients/${patient.id}/plan?date=${date}`, {
      cookie: patient.cookie,
    });
    const plan = (await response.json()) as { exercises: PlanExercise[] };
    const exercises = plan.exercises.map(({ exerciseId, prescription }) => ({
      exerciseId,
      sets: [{ reps: prescription.reps, holdSeconds: prescription.holdSeconds, loadKg: prescription.loadKg }],
      painScore: 2,
      stoppedEarly: false,
    }));
    if (exercises.length > 0) return (clientId: string) => ({ clientId, date, baselinePain: 1, exercises });
  }
  throw new Error('no plan with exercises in two weeks');
}

describe.each(testDatabaseKinds())('a phone outbox syncing with the real API on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  it('leaves the server with exactly the logs the phone made, whatever is cut, restarted or retried', async () => {
    const { seed } = fuzzSettings();
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (script) => {
        const patient = await buildPatient(test, clinic, { injuryDate: '2026-01-05' });
        // Walking without much pain ends the rest phase, so later days have exercises to log.
        const firstCheckIn = randomUUID();
        await test.request(`/api/v1/patients/${patient.id}/check-ins`, {
          cookie: patient.cookie,
          body: {
            clientId: firstCheckIn,
            date: '2026-01-08',
            nextMorningPain: 1,
            worstPain24h: 1,
            walkingPain: 1,
          },
        });
        let day = 0;
        const real: Real = {
          device: new Device(test, patient.cookie),
          patientId: patient.id,
          nextDay: () => new Date(Date.UTC(2026, 0, 9 + day++)).toISOString().slice(0, 10),
          sessionLogBody: await sessionLogBuilder(test, patient, '2026-01-09'),
        };
        const model: Model = { made: [firstCheckIn] };
        await fc.asyncModelRun(() => ({ model, real }), script);
        const stored = await storedClientIds(test, patient.id);
        expect(
          stored.filter((id) => !model.made.includes(id)),
          'stored but never made',
        ).toEqual([]);
        expect(new Set(stored).size, 'stored twice').toBe(stored.length);
        // Back online for good: everything left goes out, and the server holds exactly what was made.
        for (const clientId of [...real.device.storage.keys()]) await real.device.deliver(clientId);
        expect((await storedClientIds(test, patient.id)).sort()).toEqual([...model.made].sort());
      }),
      { numRuns: Number(process.env.RELIABILITY_OUTBOX_RUNS ?? 20), seed },
    );
  }, 300_000);
});
