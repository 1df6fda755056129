import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  openTestApp,
  type TestApp,
} from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';

interface Plan {
  phase: number;
  exercises: { exerciseId: string; prescription: { sets: number; holdSeconds: number | null } }[];
  alerts: { key: string; kind: string }[];
}

describe.each(testDatabaseKinds())('use cases on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  const planOf = async (patientId: string, cookie: string, date: string) =>
    (await (
      await test.request(`/api/v1/patients/${patientId}/plan?date=${date}`, { cookie })
    ).json()) as Plan;

  it('stamps a session log with the plan of its date and stores a replay once', async () => {
    const patient = await buildPatient(test, clinic, {
      injuryDate: '2026-01-05',
      condition: 'muscle-strain',
    });
    const date = '2026-01-12';
    // The rest phase ends once walking is nearly painless; this check-in lets the plan move to phase 1.
    await test.request(`/api/v1/patients/${patient.id}/check-ins`, {
      cookie: patient.cookie,
      body: {
        clientId: randomUUID(),
        date: '2026-01-11',
        nextMorningPain: 1,
        worstPain24h: 2,
        walkingPain: 1,
      },
    });
    const plan = await planOf(patient.id, patient.cookie, date);
    const [exercise] = plan.exercises;
    if (!exercise) throw new Error(`no exercise planned on ${date}: phase ${plan.phase}`);
    const body = {
      clientId: randomUUID(),
      date,
      baselinePain: 2,
      exercises: [
        {
          exerciseId: exercise.exerciseId,
          sets: [{ reps: null, holdSeconds: exercise.prescription.holdSeconds, loadKg: 0 }],
          painScore: 2,
          stoppedEarly: false,
        },
      ],
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
    const stored = (await first.json()) as {
      id: string;
      stamp: { phase: number };
      exercises: { prescription: unknown }[];
    };
    expect(stored.stamp.phase).toBe(plan.phase);
    expect(stored.exercises[0]?.prescription).toEqual(exercise.prescription);
    expect(((await replay.json()) as { id: string }).id).toBe(stored.id);
    const logs = await test.request(`/api/v1/patients/${patient.id}/session-logs?from=${date}&to=${date}`, {
      cookie: clinic.therapist.cookie,
    });
    expect((await logs.json()) as unknown[]).toHaveLength(1);
  });

  it("keeps the camera's counts and peak angles with a set, and refuses them without one angle per rep or on an exercise it cannot count", async () => {
    const patient = await buildPatient(test, clinic, {
      injuryDate: '2026-01-05',
      condition: 'muscle-strain',
    });
    const date = '2026-01-12';
    await test.request(`/api/v1/patients/${patient.id}/check-ins`, {
      cookie: patient.cookie,
      body: {
        clientId: randomUUID(),
        date: '2026-01-11',
        nextMorningPain: 1,
        worstPain24h: 2,
        walkingPain: 1,
      },
    });
    // Side-lying abduction, the exercise the camera counts, starts in phase 2.
    const override = await test.request(`/api/v1/patients/${patient.id}/program/changes`, {
      cookie: clinic.therapist.cookie,
      body: { kind: 'phase-override', phase: 2, reason: 'Ready to load', effectiveFrom: date },
    });
    expect(override.status).toBe(201);
    const planned = (await planOf(patient.id, patient.cookie, date)).exercises;
    const exercise = planned.find((candidate) => candidate.exerciseId === 'sidelying-abduction');
    const uncounted = planned.find((candidate) => candidate.exerciseId !== 'sidelying-abduction');
    if (!exercise || !uncounted)
      throw new Error(`side-lying abduction and another exercise are not both planned on ${date}`);
    const uncountedLog = {
      clientId: randomUUID(),
      date,
      baselinePain: 2,
      exercises: [
        {
          exerciseId: uncounted.exerciseId,
          sets: [
            {
              reps: null,
              holdSeconds: uncounted.prescription.holdSeconds,
              loadKg: 0,
              camera: { reps: 1, peakDegrees: [30] },
            },
          ],
          painScore: 2,
          stoppedEarly: false,
        },
      ],
    };
    const notCounted = await test.request(`/api/v1/patients/${patient.id}/session-logs`, {
      cookie: patient.cookie,
      body: uncountedLog,
    });
    expect(notCounted.status).toBe(400);
    expect(JSON.stringify(await notCounted.json())).toContain('exercises.0.sets.0.camera');
    const logWith = (camera: unknown) => ({
      clientId: randomUUID(),
      date,
      baselinePain: 2,
      exercises: [
        {
          exerciseId: exercise.exerciseId,
          sets: [{ reps: 3, holdSeconds: exercise.prescription.holdSeconds, loadKg: 0, camera }],
          painScore: 2,
          stoppedEarly: false,
        },
      ],
    });
    const send = (camera: unknown) =>
      test.request(`/api/v1/patients/${patient.id}/session-logs`, {
        cookie: patient.cookie,
        body: logWith(camera),
      });
    const refused = await send({ reps: 2, peakDegrees: [31.2] });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await send({ reps: 2, peakDegrees: [31.2, 28.4] })).status).toBe(201);
    const logs = await test.request(`/api/v1/patients/${patient.id}/session-logs?from=${date}&to=${date}`, {
      cookie: clinic.therapist.cookie,
    });
    const [stored] = (await logs.json()) as { exercises: { sets: { camera?: unknown }[] }[] }[];
    expect(stored?.exercises[0]?.sets[0]?.camera).toEqual({ reps: 2, peakDegrees: [31.2, 28.4] });
  });

  it('stores one record when the same write arrives twice at once', async () => {
    const patient = await buildPatient(test, clinic);
    const body = {
      clientId: randomUUID(),
      date: '2026-01-20',
      nextMorningPain: 1,
      worstPain24h: 2,
      walkingPain: 1,
    };
    const send = () =>
      test.request(`/api/v1/patients/${patient.id}/check-ins`, { cookie: patient.cookie, body });
    const responses = await Promise.all([send(), send(), send()]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 201]);
    const ids = await Promise.all(
      responses.map(async (response) => ((await response.json()) as { id: string }).id),
    );
    expect(new Set(ids).size).toBe(1);
    expect((await test.repos.history.load(patient.id)).checkIns).toHaveLength(1);
  });

  it.each([
    { case: 'a future date', date: '2999-01-01', path: 'date' },
    { case: 'a date before the program', date: '2025-01-01', path: 'date' },
  ])('refuses a session log with $case and stores nothing', async ({ date, path }) => {
    const patient = await buildPatient(test, clinic);
    const response = await test.request(`/api/v1/patients/${patient.id}/session-logs`, {
      cookie: patient.cookie,
      body: {
        clientId: randomUUID(),
        date,
        baselinePain: 1,
        exercises: [{ exerciseId: 'hip-hitch', sets: [], painScore: 1, stoppedEarly: false }],
      },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(path);
    expect((await test.repos.history.load(patient.id)).sessionLogs).toHaveLength(0);
  });

  it('versions every program change with its author and reason', async () => {
    const patient = await buildPatient(test, clinic, { confirmed: false });
    const change = await test.request(`/api/v1/patients/${patient.id}/program/changes`, {
      cookie: clinic.therapist.cookie,
      body: { kind: 'rest-days', restDays: 5, reason: 'Large tear on the scan' },
    });
    expect(change.status).toBe(201);
    const weekdays = await test.request(`/api/v1/patients/${patient.id}/program/changes`, {
      cookie: clinic.therapist.cookie,
      body: { kind: 'resistance-weekdays', weekdays: [1, 2], reason: 'Works on Wednesdays' },
    });
    expect(weekdays.status).toBe(400);
    const view = (await (
      await test.request(`/api/v1/patients/${patient.id}/program`, { cookie: patient.cookie })
    ).json()) as {
      version: number;
      program: { restDays: number };
      changes: { version: number; author: string; reason: string; kind: string }[];
    };
    expect(view.version).toBe(2);
    expect(view.program.restDays).toBe(5);
    expect(view.changes.at(-1)).toMatchObject({
      version: 2,
      author: clinic.therapist.name,
      reason: 'Large tear on the scan',
      kind: 'rest-days',
    });
  });

  it('moves the program to a new time zone as a new version', async () => {
    const patient = await buildPatient(test, clinic, { timeZone: 'Europe/Madrid', confirmed: false });
    const moved = await test.request(`/api/v1/patients/${patient.id}`, {
      method: 'PATCH',
      cookie: clinic.therapist.cookie,
      body: { timeZone: 'America/New_York' },
    });
    expect(await moved.json()).toMatchObject({
      timeZone: 'America/New_York',
      programVersion: 2,
      program: { timeZone: 'America/New_York' },
    });
  });

  it('keeps one alert per key, suspends on a red flag and takes an acknowledgement with a note', async () => {
    const patient = await buildPatient(test, clinic);
    const protocol = (await (await test.request('/api/v1/protocol', { cookie: patient.cookie })).json()) as {
      screens: { redFlag: { items: { id: string }[] } };
    };
    const item = protocol.screens.redFlag.items[0]?.id ?? '';
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date());
    for (const _ of [1, 2]) {
      await test.request(`/api/v1/patients/${patient.id}/screens/red-flag`, {
        cookie: patient.cookie,
        body: { clientId: randomUUID(), date: today, answers: { [item]: true } },
      });
    }
    const alerts = (await (
      await test.request(`/api/v1/patients/${patient.id}/alerts`, { cookie: clinic.therapist.cookie })
    ).json()) as {
      id: string;
      kind: string;
      status: string;
    }[];
    expect(alerts.filter((alert) => alert.kind === 'red-flag')).toHaveLength(1);
    const list = (await (
      await test.request('/api/v1/patients?filter=attention', { cookie: clinic.therapist.cookie })
    ).json()) as {
      items: { id: string; status: string; attention: { rank: number } }[];
    };
    expect(list.items[0]).toMatchObject({ id: patient.id, status: 'suspended', attention: { rank: 1 } });
    const [redFlag] = alerts;
    const acknowledged = await test.request(`/api/v1/alerts/${redFlag?.id}/acknowledge`, {
      cookie: clinic.therapist.cookie,
      body: { note: 'Called the patient; GP appointment today' },
    });
    expect(await acknowledged.json()).toMatchObject({
      status: 'acknowledged',
      note: 'Called the patient; GP appointment today',
      acknowledgedBy: clinic.therapist.id,
      acknowledgedByName: clinic.therapist.name,
      therapistMessage: { en: expect.stringMatching(/^Red flag \(emergency\) on .*program paused/) },
    });
    const reread = (await (
      await test.request(`/api/v1/patients/${patient.id}/alerts`, { cookie: clinic.admin.cookie })
    ).json()) as { id: string; acknowledgedByName: string | null }[];
    expect(reread.find((alert) => alert.id === redFlag?.id)?.acknowledgedByName).toBe(clinic.therapist.name);
    const open = (await (
      await test.request('/api/v1/alerts?status=open', { cookie: clinic.therapist.cookie })
    ).json()) as { id: string }[];
    expect(open.map((alert) => alert.id)).not.toContain(redFlag?.id);
  });

  it('audits reads and writes of patient data, and the audit table refuses changes', async () => {
    const patient = await buildPatient(test, clinic);
    await test.request(`/api/v1/patients/${patient.id}/plan`, { cookie: patient.cookie });
    const events = (await (
      await test.request(`/api/v1/audit?patientId=${patient.id}`, { cookie: clinic.admin.cookie })
    ).json()) as {
      action: string;
      actorId: string;
      actorName: string | null;
      outcome: string;
    }[];
    expect(events.map((event) => event.action)).toEqual(
      expect.arrayContaining(['plan.read', 'patient.create', 'invitation.create']),
    );
    const created = events.find((event) => event.action === 'patient.create');
    expect(created).toMatchObject({ actorId: clinic.therapist.id, actorName: clinic.therapist.name });
    expect(events.every((event) => event.outcome === 'allowed')).toBe(true);
    await expect(test.deps.db.execute(sql`update audit_event set outcome = 'denied'`)).rejects.toThrow();
    await expect(test.deps.db.execute(sql`delete from audit_event`)).rejects.toThrow();
    const after = (await (
      await test.request(`/api/v1/audit?patientId=${patient.id}`, { cookie: clinic.admin.cookie })
    ).json()) as unknown[];
    expect(after.length).toBeGreaterThanOrEqual(events.length);
  });

  it("lists a therapist's page load of one patient as one access, naming what was read", async () => {
    const patient = await buildPatient(test, clinic);
    for (const path of ['plan', 'program', 'summary'])
      await test.request(`/api/v1/patients/${patient.id}/${path}`, { cookie: clinic.therapist.cookie });
    const events = (await (
      await test.request(`/api/v1/audit?patientId=${patient.id}&actor=${clinic.therapist.id}`, {
        cookie: clinic.admin.cookie,
      })
    ).json()) as { action: string; reads: string[] }[];
    const views = events.filter((event) => event.action === 'record.view');
    expect(views).toHaveLength(1);
    expect(views[0]?.reads).toEqual(['plan.read', 'program.read', 'summary.read']);
    expect(events.filter((event) => event.action.endsWith('.read'))).toEqual([]);
  });

  it('answers a patient who is not registered twice: the email is taken', async () => {
    const first = await buildPatient(test, clinic);
    const again = await test.request('/api/v1/patients', {
      cookie: clinic.therapist.cookie,
      body: { name: 'Same', email: first.email, injuryDate: '2026-01-05', side: 'left', timeZone: 'UTC' },
    });
    expect(again.status).toBe(409);
  });
});
