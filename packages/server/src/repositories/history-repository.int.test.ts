import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClinic, buildPatient, openTestApp, type TestApp } from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';

describe.each(testDatabaseKinds())('the history repository on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };

  beforeAll(async () => {
    test = await openTestApp(kind);
  });
  afterAll(async () => test.testDatabase.dispose());

  it('loads every kind of record back as written, sorted by date', async () => {
    const clinic = await buildClinic(test);
    const { id: patientId } = await buildPatient(test, clinic);
    const { history } = test.repos;
    const stamp = { phase: 1 as const, phaseStartDate: '2026-01-09', phaseRuleId: 'gate.rest' };
    const prescription = {
      sets: 3,
      reps: null,
      holdSeconds: 10,
      effort: null,
      loadKg: 0,
      loadKind: 'bodyweight' as const,
      timesPerDay: 1,
      restSecondsBetweenSets: 30,
      step: 0,
      variant: null,
      regressedSessionsLeft: 0,
    };
    const exercises = [
      {
        exerciseId: 'crossover-static' as const,
        prescription,
        sets: [{ reps: null, holdSeconds: 10, loadKg: 0 }],
        painScore: 2,
        stoppedEarly: false,
      },
    ];
    await history.addSessionLog(patientId, randomUUID(), {
      date: '2026-01-12',
      stamp,
      baselinePain: 3,
      exercises,
    });
    await history.addSessionLog(patientId, randomUUID(), {
      date: '2026-01-10',
      stamp,
      baselinePain: 4,
      exercises,
    });
    await history.addCheckIn(patientId, randomUUID(), {
      date: '2026-01-11',
      nextMorningPain: null,
      worstPain24h: 3,
      walkingPain: 1,
    });
    await history.addScreen(patientId, randomUUID(), 'red-flag', {
      date: '2026-01-10',
      answers: { a: false },
    });
    await history.addScreen(patientId, randomUUID(), 'tendinopathy', {
      date: '2026-01-10',
      answers: { b: true },
    });
    await history.addScreen(patientId, randomUUID(), 'falls', {
      date: '2026-01-10',
      answers: { 'fallen-past-year': true },
    });
    await history.addScreen(patientId, randomUUID(), 'maintenance-check-in', {
      date: '2026-01-12',
      answers: { 'pain-back': false },
    });
    await history.addPsfs(patientId, randomUUID(), {
      date: '2026-01-10',
      activities: [{ name: 'Stairs', score: 4.5 }],
    });
    await history.addStrengthTest({
      patientId,
      date: '2026-01-13',
      method: 'dynamometer',
      injuredSide: 101.5,
      uninjuredSide: 120,
      loadKg: null,
      authorId: clinic.therapist.id,
      authorName: 'Dr. Ruiz',
    });
    await history.addOutcomeScore({
      patientId,
      date: '2026-01-13',
      instrument: 'VISA-G',
      total: 61,
      authorId: clinic.therapist.id,
      authorName: 'Dr. Ruiz',
    });
    const loaded = await history.load(patientId);
    expect(loaded.sessionLogs.map((log) => [log.date, log.baselinePain])).toEqual([
      ['2026-01-10', 4],
      ['2026-01-12', 3],
    ]);
    expect(loaded.sessionLogs[0]).toEqual({
      id: expect.any(String),
      date: '2026-01-10',
      stamp,
      baselinePain: 4,
      exercises,
    });
    expect(loaded.checkIns).toEqual([
      { id: expect.any(String), date: '2026-01-11', nextMorningPain: null, worstPain24h: 3, walkingPain: 1 },
    ]);
    expect(loaded.redFlagScreens).toEqual([
      { id: expect.any(String), date: '2026-01-10', answers: { a: false } },
    ]);
    expect(loaded.tendinopathyScreens).toEqual([
      { id: expect.any(String), date: '2026-01-10', answers: { b: true } },
    ]);
    expect(loaded.fallsScreens).toEqual([
      { id: expect.any(String), date: '2026-01-10', answers: { 'fallen-past-year': true } },
    ]);
    expect(loaded.maintenanceCheckIns).toEqual([
      { id: expect.any(String), date: '2026-01-12', answers: { 'pain-back': false } },
    ]);
    expect(loaded.psfs).toEqual([
      { id: expect.any(String), date: '2026-01-10', activities: [{ name: 'Stairs', score: 4.5 }] },
    ]);
    expect(loaded.strengthTests).toEqual([
      {
        id: expect.any(String),
        date: '2026-01-13',
        method: 'dynamometer',
        injuredSide: 101.5,
        uninjuredSide: 120,
        loadKg: null,
        author: 'Dr. Ruiz',
      },
    ]);
    expect(loaded.outcomeScores).toEqual([
      { id: expect.any(String), date: '2026-01-13', instrument: 'VISA-G', total: 61, author: 'Dr. Ruiz' },
    ]);
  });
});
