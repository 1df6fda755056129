import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { addDays, GLUTEUS_MINIMUS_PROTOCOL_1_0, newProgram, PROTOCOL_2_0_REASON } from '@minimus/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromToday } from '../../test/support/fake-repositories.js';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  openTestApp,
  type TestApp,
} from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';

interface PlanView {
  status: string;
  phase: number;
  exercises: { exerciseId: string; prescription: Record<string, unknown> }[];
  decisions: {
    ruleId: string;
    subject: string;
    source: string;
    author: string | null;
    data: Record<string, unknown>;
  }[];
}
interface AlertRow {
  key: string;
  kind: string;
  date: string;
  status: string;
}

/** Protocol 2.0's safety questions, filled in once the app answers; every one asked. */
const answersOf2: Record<string, boolean> = {};
const answersWith = (yes: string) =>
  Object.fromEntries(Object.keys(answersOf2).map((id) => [id, id === yes]));

describe.each(testDatabaseKinds())('the protocol 2.0 safety loop on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
    const protocol = (await (
      await test.request('/api/v1/protocol', { cookie: clinic.therapist.cookie })
    ).json()) as {
      version: string;
      screens: { redFlag: { items: { id: string }[] } };
    };
    expect(protocol.version).toBe('2.0.0');
    for (const item of protocol.screens.redFlag.items) answersOf2[item.id] = false;
  });
  afterAll(async () => test.testDatabase.dispose());

  const planOf = async (patientId: string, cookie: string, date?: string) =>
    (await (
      await test.request(`/api/v1/patients/${patientId}/plan${date ? `?date=${date}` : ''}`, { cookie })
    ).json()) as PlanView;
  const alertsOf = async (patientId: string) =>
    (await (
      await test.request(`/api/v1/patients/${patientId}/alerts`, { cookie: clinic.therapist.cookie })
    ).json()) as AlertRow[];
  const post = (path: string, cookie: string, body: unknown) => test.request(path, { cookie, body });

  it('shows no exercises until the therapist confirms, then acknowledges the risk factor it answers', async () => {
    const injuryDate = daysFromToday(-5);
    const patient = await buildPatient(test, clinic, {
      injuryDate,
      condition: 'muscle-strain',
      confirmed: false,
    });
    await post(`/api/v1/patients/${patient.id}/screens/red-flag`, patient.cookie, {
      clientId: randomUUID(),
      date: daysFromToday(-1),
      answers: answersWith('diabetes'),
    });
    await post(`/api/v1/patients/${patient.id}/check-ins`, patient.cookie, {
      clientId: randomUUID(),
      date: daysFromToday(0),
      nextMorningPain: 1,
      worstPain24h: 1,
      walkingPain: 1,
    });
    const waiting = await planOf(patient.id, patient.cookie);
    expect(waiting.status).toBe('awaiting-confirmation');
    expect(waiting.exercises).toEqual([]);
    const before = await alertsOf(patient.id);
    expect(
      before
        .filter((alert) => alert.status === 'open')
        .map((alert) => alert.kind)
        .sort(),
    ).toEqual(['confirmation-needed', 'risk-factor']);
    const list = (await (
      await test.request('/api/v1/patients?limit=200', { cookie: clinic.therapist.cookie })
    ).json()) as { items: { id: string; attention: { reasons: { code: string }[] } }[] };
    const listed = list.items.find((item) => item.id === patient.id);
    expect(listed?.attention.reasons[0]?.code).toBe('awaiting-confirmation');

    const confirmed = await post(`/api/v1/patients/${patient.id}/program/changes`, clinic.therapist.cookie, {
      kind: 'sign-off',
      signOff: 'program-confirmed',
      reason: 'Diabetes is controlled; program fits',
    });
    expect(confirmed.status).toBe(201);
    const active = await planOf(patient.id, patient.cookie);
    expect(active.status).toBe('active');
    expect(active.exercises.length).toBeGreaterThan(0);
    const after = await alertsOf(patient.id);
    expect(after.filter((alert) => alert.status === 'open')).toEqual([]);
  });

  it("records a phase override as the therapist's decision, with author and reason", async () => {
    const patient = await buildPatient(test, clinic, {
      injuryDate: daysFromToday(-10),
      condition: 'muscle-strain',
    });
    const changed = await post(`/api/v1/patients/${patient.id}/program/changes`, clinic.therapist.cookie, {
      kind: 'phase-override',
      phase: 2,
      reason: 'Athlete, early loading',
    });
    expect(changed.status).toBe(201);
    const plan = await planOf(patient.id, clinic.therapist.cookie);
    const decision = plan.decisions.find(
      (entry) => entry.subject === 'phase' && entry.ruleId === 'therapist.phase-override',
    );
    expect(decision).toMatchObject({ source: 'therapist', author: clinic.therapist.name });
    expect(decision?.data.reason).toBe('Athlete, early loading');
  });

  it('refuses an implausible log with a 400 naming the field, and stores nothing', async () => {
    const patient = await buildPatient(test, clinic, {
      injuryDate: daysFromToday(-10),
      condition: 'muscle-strain',
    });
    await post(`/api/v1/patients/${patient.id}/check-ins`, patient.cookie, {
      clientId: randomUUID(),
      date: daysFromToday(-1),
      nextMorningPain: 1,
      worstPain24h: 1,
      walkingPain: 1,
    });
    const date = daysFromToday(0);
    const plan = await planOf(patient.id, patient.cookie, date);
    const stretch = plan.exercises.find((exercise) => exercise.exerciseId === 'crossover-dynamic');
    if (!stretch) throw new Error(`no stretch planned: ${plan.status} ${plan.phase}`);
    for (const [sets, field] of [
      [[{ reps: 500, holdSeconds: null, loadKg: 0 }], 'exercises.0.sets.0.reps'],
      [[{ reps: 10, holdSeconds: null, loadKg: 200 }], 'exercises.0.sets.0.loadKg'],
      [[], 'exercises.0.sets'],
    ] as const) {
      const response = await post(`/api/v1/patients/${patient.id}/session-logs`, patient.cookie, {
        clientId: randomUUID(),
        date,
        baselinePain: 1,
        exercises: [{ exerciseId: 'crossover-dynamic', sets, painScore: 1, stoppedEarly: false }],
      });
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain(field);
    }
    const logs = await test.request(`/api/v1/patients/${patient.id}/session-logs?from=${date}&to=${date}`, {
      cookie: clinic.therapist.cookie,
    });
    expect(await logs.json()).toEqual([]);
  });

  it('keeps the dose the phone showed beside the server plan, and refuses one off the ladder', async () => {
    const patient = await buildPatient(test, clinic, {
      injuryDate: daysFromToday(-10),
      condition: 'muscle-strain',
    });
    await post(`/api/v1/patients/${patient.id}/check-ins`, patient.cookie, {
      clientId: randomUUID(),
      date: daysFromToday(-1),
      nextMorningPain: 1,
      worstPain24h: 1,
      walkingPain: 1,
    });
    const date = daysFromToday(0);
    const plan = await planOf(patient.id, patient.cookie, date);
    const stretch = plan.exercises.find((exercise) => exercise.exerciseId === 'crossover-dynamic');
    if (!stretch) throw new Error('no stretch planned');
    const shown = { ...stretch.prescription, step: 1, reps: 11 };
    const send = (shownPrescription: Record<string, unknown>) =>
      post(`/api/v1/patients/${patient.id}/session-logs`, patient.cookie, {
        clientId: randomUUID(),
        date,
        baselinePain: 1,
        exercises: [
          {
            exerciseId: 'crossover-dynamic',
            sets: [{ reps: 11, holdSeconds: null, loadKg: 0 }],
            painScore: 1,
            stoppedEarly: false,
            shownPrescription,
          },
        ],
      });
    const refused = await send({ ...shown, reps: 12 });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('exercises.0.shownPrescription');
    expect((await send(shown)).status).toBe(201);
    const logs = (await (
      await test.request(`/api/v1/patients/${patient.id}/session-logs?from=${date}&to=${date}`, {
        cookie: clinic.therapist.cookie,
      })
    ).json()) as { exercises: { prescription: { reps: number }; serverPrescription?: { reps: number } }[] }[];
    expect(logs[0]?.exercises[0]?.prescription.reps).toBe(11);
    expect(logs[0]?.exercises[0]?.serverPrescription?.reps).toBe(stretch.prescription.reps);
  });

  it('alerts the therapist once for a setback whose data synced ten days late', async () => {
    const patient = await buildPatient(test, clinic, {
      injuryDate: daysFromToday(-30),
      condition: 'muscle-strain',
    });
    const checkIn = (date: string, pain: number) =>
      post(`/api/v1/patients/${patient.id}/check-ins`, patient.cookie, {
        clientId: randomUUID(),
        date,
        nextMorningPain: pain,
        worstPain24h: pain,
        walkingPain: 1,
      });
    const sessionDay = daysFromToday(-11);
    await checkIn(addDays(sessionDay, -1), 1);
    const plan = await planOf(patient.id, patient.cookie, sessionDay);
    const [first] = plan.exercises;
    if (!first) throw new Error(`nothing planned on ${sessionDay}`);
    await post(`/api/v1/patients/${patient.id}/session-logs`, patient.cookie, {
      clientId: randomUUID(),
      date: sessionDay,
      baselinePain: 1,
      exercises: [
        {
          exerciseId: first.exerciseId,
          sets: [{ reps: 1, holdSeconds: null, loadKg: 0 }],
          painScore: 1,
          stoppedEarly: false,
        },
      ],
    });
    // The bad morning after arrives ten days late, then more data for later days.
    expect((await checkIn(addDays(sessionDay, 1), 5)).status).toBe(201);
    await checkIn(addDays(sessionDay, 2), 2);
    await checkIn(daysFromToday(0), 1);
    const setbacks = (await alertsOf(patient.id)).filter((alert) => alert.kind === 'setback');
    expect(setbacks).toEqual([
      expect.objectContaining({ key: `setback:${sessionDay}`, date: addDays(sessionDay, 1), status: 'open' }),
    ]);
  });

  it('moves a program on protocol 1.0.0 to 2.0.0 through a change by the system, keeping its logs', async () => {
    const patient = await buildPatient(test, clinic, {
      injuryDate: daysFromToday(-10),
      condition: 'muscle-strain',
    });
    const old = {
      ...newProgram({
        protocol: GLUTEUS_MINIMUS_PROTOCOL_1_0,
        injuryDate: daysFromToday(-10),
        side: 'right',
        timeZone: 'Europe/Madrid',
      }),
    } as Record<string, unknown>;
    delete old.requiresConfirmation;
    const latest = await test.repos.programs.latest(patient.id);
    await test.repos.programs.append(patient.id, {
      version: (latest?.version ?? 0) + 1,
      program: old as never,
      kind: 'created',
      reason: 'Program of protocol 1.0.0',
      authorId: latest?.authorId ?? null,
      authorName: 'Therapist',
    });
    const migration = readFileSync(new URL('../../drizzle/0008_protocol_2_0.sql', import.meta.url), 'utf8');
    const upgrade = migration.split('--> statement-breakpoint').at(-1) ?? '';
    await test.testDatabase.database.db.execute(sql.raw(upgrade));
    const program = (await (
      await test.request(`/api/v1/patients/${patient.id}/program`, { cookie: clinic.therapist.cookie })
    ).json()) as {
      program: { protocol: { version: string }; requiresConfirmation: boolean };
      changes: { author: string; reason: string; kind: string }[];
    };
    expect(program.program.protocol.version).toBe('2.0.0');
    expect(program.program.requiresConfirmation).toBe(false);
    expect(program.changes.at(-1)).toMatchObject({ author: 'the system', reason: PROTOCOL_2_0_REASON });
    expect((await planOf(patient.id, clinic.therapist.cookie)).status).not.toBe('awaiting-confirmation');
  });
});
