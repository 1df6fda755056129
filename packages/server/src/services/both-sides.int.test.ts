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

interface PlannedEntry {
  exerciseId: string;
  side: 'left' | 'right' | 'both';
  prescription: { sets: number; reps: number | null; holdSeconds: number | null };
}

const DATE = '2026-01-12';

/** Programs that treat both sides (CLINICAL 4c), through the API on each database. */
describe.each(testDatabaseKinds())('both sides on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  /** A both-sides tendinopathy program (no rest phase): its plan of DATE has exercises from day 1. */
  async function bothSidesPatient() {
    const patient = await buildPatient(test, clinic, {
      injuryDate: '2026-01-05',
      condition: 'tendinopathy',
      side: 'both',
    });
    const plan = (await (
      await test.request(`/api/v1/patients/${patient.id}/plan?date=${DATE}`, { cookie: patient.cookie })
    ).json()) as { exercises: PlannedEntry[] };
    const leg = plan.exercises.find((entry) => entry.side === 'left');
    if (!leg) throw new Error(`no one-leg exercise planned on ${DATE}`);
    return { patient, plan, leg };
  }

  const entry = (planned: PlannedEntry, side?: string) => ({
    exerciseId: planned.exerciseId,
    ...(side ? { side } : {}),
    sets: [{ reps: planned.prescription.reps, holdSeconds: planned.prescription.holdSeconds, loadKg: 0 }],
    painScore: 2,
    stoppedEarly: false,
  });
  const logsOf = async (patientId: string) =>
    (await (
      await test.request(`/api/v1/patients/${patientId}/session-logs?from=${DATE}&to=${DATE}`, {
        cookie: clinic.therapist.cookie,
      })
    ).json()) as { exercises: { exerciseId: string; side?: string }[] }[];

  it('creates a both-sides program whose plan names each leg of a one-leg exercise', async () => {
    const { patient, plan, leg } = await bothSidesPatient();
    const sides = plan.exercises
      .filter((other) => other.exerciseId === leg.exerciseId)
      .map((other) => other.side);
    expect(sides).toEqual(['left', 'right']);
    const profile = (await (
      await test.request(`/api/v1/patients/${patient.id}/program`, { cookie: clinic.therapist.cookie })
    ).json()) as { program: { side: string } };
    expect(profile.program.side).toBe('both');
  });

  it('stores each leg of an exercise in one session log, with its side, and a replay once', async () => {
    const { patient, leg } = await bothSidesPatient();
    const body = {
      clientId: randomUUID(),
      date: DATE,
      baselinePain: 2,
      exercises: [entry(leg, 'left'), entry(leg, 'right')],
    };
    const first = await test.request(`/api/v1/patients/${patient.id}/session-logs`, {
      cookie: patient.cookie,
      body,
    });
    const replay = await test.request(`/api/v1/patients/${patient.id}/session-logs`, {
      cookie: patient.cookie,
      body,
    });
    expect([first.status, replay.status]).toEqual([201, 200]);
    const [stored] = await logsOf(patient.id);
    expect(stored?.exercises.map((logged) => logged.side)).toEqual(['left', 'right']);
  });

  it.each([
    {
      name: 'a side the program plans no such entry for',
      side: 'both',
      message: /not planned for both legs at once/,
    },
    { name: 'no side for an exercise planned on each leg', side: undefined, message: /must say which leg/ },
  ])('refuses $name with a 400 naming the field, and stores nothing', async ({ side, message }) => {
    const { patient, leg } = await bothSidesPatient();
    const response = await test.request(`/api/v1/patients/${patient.id}/session-logs`, {
      cookie: patient.cookie,
      body: { clientId: randomUUID(), date: DATE, baselinePain: 2, exercises: [entry(leg, side)] },
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { code: string; errors: { path: string; message: string }[] };
    expect(problem.code).toBe('validation_failed');
    expect(problem.errors[0]?.path).toBe('exercises.0.side');
    expect(problem.errors[0]?.message).toMatch(message);
    expect(await logsOf(patient.id)).toEqual([]);
  });

  it('refuses a leg on a one-sided program and keeps accepting its logs without a side', async () => {
    const patient = await buildPatient(test, clinic, {
      injuryDate: '2026-01-05',
      condition: 'tendinopathy',
      side: 'right',
    });
    const plan = (await (
      await test.request(`/api/v1/patients/${patient.id}/plan?date=${DATE}`, { cookie: patient.cookie })
    ).json()) as { exercises: PlannedEntry[] };
    const leg = plan.exercises.find((planned) => planned.side === 'right');
    if (!leg) throw new Error('no one-leg exercise planned');
    const write = (side?: string) =>
      test.request(`/api/v1/patients/${patient.id}/session-logs`, {
        cookie: patient.cookie,
        body: { clientId: randomUUID(), date: DATE, baselinePain: 2, exercises: [entry(leg, side)] },
      });
    const wrongLeg = await write('left');
    expect(wrongLeg.status).toBe(400);
    expect(((await wrongLeg.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(
      /not planned for the left leg .* plans it for the right leg/,
    );
    expect(await logsOf(patient.id)).toEqual([]);
    // A phone from before logs named a side: the entry is the plan's one side.
    expect((await write()).status).toBe(201);
    expect((await logsOf(patient.id))[0]?.exercises[0]?.side).toBe('right');
  });

  it('changes a program to both sides by a recorded program change', async () => {
    const patient = await buildPatient(test, clinic, {
      injuryDate: '2026-01-05',
      condition: 'tendinopathy',
      side: 'left',
    });
    const change = await test.request(`/api/v1/patients/${patient.id}/program/changes`, {
      cookie: clinic.therapist.cookie,
      body: {
        kind: 'side',
        side: 'both',
        reason: 'The right hip is painful too',
        effectiveFrom: '2026-01-05',
      },
    });
    expect(change.status).toBe(201);
    const plan = (await (
      await test.request(`/api/v1/patients/${patient.id}/plan?date=${DATE}`, { cookie: patient.cookie })
    ).json()) as { exercises: PlannedEntry[] };
    expect(new Set(plan.exercises.map((planned) => planned.side))).toEqual(
      new Set(['left', 'right', 'both']),
    );
    const refused = await test.request(`/api/v1/patients/${patient.id}/program/changes`, {
      cookie: clinic.therapist.cookie,
      body: { kind: 'side', side: 'middle', reason: 'Not a side' },
    });
    expect(refused.status).toBe(400);
  });
});
