import { randomUUID } from 'node:crypto';
import { addDays, reminderDayOf } from '@minimus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClinic, buildPatient, openTestApp, type TestApp } from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { keepAttentionCurrent } from '../services/patient-list.js';
import { todayIn } from '../services/plans.js';
import { reminderFacts } from './reminder-facts.js';

const ZONE = 'Europe/Madrid';

describe.each(testDatabaseKinds())("a reminder's day read from the attention row on %s", (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let patient: Awaited<ReturnType<typeof buildPatient>>;
  const today = () => todayIn(ZONE);

  const factsOf = async (localDate: string) => {
    const facts = await reminderFacts(test.deps.db, [{ patientId: patient.id, localDate }]);
    const found = facts.get(`${patient.id}/${localDate}`);
    if (!found) throw new Error(`no facts for ${localDate}`);
    return found;
  };
  /** The day as the engine plans it from the history read now. */
  const planned = async (localDate: string) =>
    reminderDayOf(test.repos.planner.plan(await test.repos.planner.state(patient.id), localDate));

  beforeAll(async () => {
    test = await openTestApp(kind);
    const clinic = await buildClinic(test);
    const injuryDate = addDays(todayIn(ZONE), -12);
    patient = await buildPatient(test, clinic, { injuryDate, timeZone: ZONE });
    // Out of relative rest with a settled check-in, so the days ahead have sessions to remind of.
    const response = await test.request(`/api/v1/patients/${patient.id}/check-ins`, {
      cookie: patient.cookie,
      body: {
        clientId: randomUUID(),
        date: addDays(injuryDate, 4),
        nextMorningPain: 1,
        worstPain24h: 1,
        walkingPain: 1,
      },
    });
    expect(response.status).toBe(201);
  });
  afterAll(async () => test.testDatabase.dispose());

  it('reads every day of a current row as the engine plans it, sessions due among them', async () => {
    expect((await factsOf(today())).day).toBeNull(); // the check-in left the row out of date
    expect(await keepAttentionCurrent(test.repos, new Date(), 100)).toBe(1);
    const days = await Promise.all(
      Array.from({ length: 8 }, async (_, offset) => {
        const date = addDays(today(), offset);
        return { read: (await factsOf(date)).day, planned: await planned(date) };
      }),
    );
    for (const day of days) expect(day.read).toEqual(day.planned);
    expect(days.some((day) => day.read?.sessionDue)).toBe(true);
  });

  it('cannot say for a date beyond the stored days', async () => {
    expect((await factsOf(addDays(today(), 8))).day).toBeNull();
  });

  it('cannot say once the data changed since the row, until the tick recomputes it', async () => {
    const response = await test.request(`/api/v1/patients/${patient.id}/check-ins`, {
      cookie: patient.cookie,
      body: { clientId: randomUUID(), date: today(), nextMorningPain: 2, worstPain24h: 3, walkingPain: 1 },
    });
    expect(response.status).toBe(201);
    expect((await factsOf(today())).day).toBeNull();
    expect(await keepAttentionCurrent(test.repos, new Date(), 100)).toBeGreaterThanOrEqual(1);
    expect((await factsOf(today())).day).toEqual(await planned(today()));
    expect(await keepAttentionCurrent(test.repos, new Date(), 100)).toBe(0);
  });

  it('counts the sessions logged on the date', async () => {
    expect((await factsOf(today())).sessionsLogged).toBe(0);
    const plan = test.repos.planner.plan(await test.repos.planner.state(patient.id), today());
    const [exercise] = plan.exercises;
    if (!exercise) throw new Error('no exercise planned today');
    const { sets, reps, holdSeconds, loadKg } = exercise.prescription;
    const response = await test.request(`/api/v1/patients/${patient.id}/session-logs`, {
      cookie: patient.cookie,
      body: {
        clientId: randomUUID(),
        date: today(),
        baselinePain: 1,
        exercises: [
          {
            exerciseId: exercise.exerciseId,
            sets: Array.from({ length: sets }, () => ({ reps, holdSeconds, loadKg })),
            painScore: 1,
            stoppedEarly: false,
          },
        ],
      },
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const facts = await factsOf(today());
    expect(facts.sessionsLogged).toBe(1);
    expect(facts.userId).toBe((await test.repos.patients.find(patient.id))?.userId);
  });
});
