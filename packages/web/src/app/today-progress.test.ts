import type { DayPlan, PlannedExercise } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../offline/outbox.js';
import { exerciseDayStates, exercisesLeft } from './today-progress.js';

const PAIN = { exerciseStopAbove: 5 };

function buildExercise(overrides: Partial<PlannedExercise> = {}): PlannedExercise {
  return {
    exerciseId: 'sidelying-isometric-abduction',
    side: 'right',
    frequency: 'daily',
    prescription: {
      sets: 5,
      reps: null,
      holdSeconds: 5,
      effort: 'light',
      loadKg: 0,
      loadKind: 'bodyweight',
      timesPerDay: 1,
      restSecondsBetweenSets: 30,
      step: 0,
      variant: null,
      regressedSessionsLeft: 0,
    },
    stoppedToday: false,
    doneToday: 0,
    ...overrides,
  };
}

function buildPlan(exercises: PlannedExercise[], overrides: Partial<DayPlan> = {}): DayPlan {
  return {
    date: '2026-03-02',
    protocol: { id: 'gluteus-minimus', version: '1' },
    status: 'active',
    phase: 1,
    phaseStartDate: '2026-02-27',
    phaseRuleId: 'gate.rest',
    condition: 'muscle-strain',
    isResistanceDay: false,
    exercises,
    locked: [],
    alerts: [],
    decisions: [],
    due: { checkIn: false, redFlagScreen: false, tendinopathyScreen: false, psfs: false },
    education: [],
    ...overrides,
  };
}

function waitingSession(date: string, exercises: { exerciseId: string; painScore: number }[]): OutboxItem {
  return {
    clientId: `c-${date}`,
    patientId: 'p',
    kind: 'session-logs',
    body: { clientId: `c-${date}`, date, baselinePain: 1, exercises },
    createdAt: 1,
    status: 'pending',
    error: null,
  };
}

describe('exercisesLeft', () => {
  const twiceDaily = buildExercise({
    exerciseId: 'supine-isometric-abduction',
    prescription: { ...buildExercise().prescription, timesPerDay: 2 },
  });

  it.each([
    {
      name: 'nothing logged',
      outbox: [],
      left: ['sidelying-isometric-abduction', 'supine-isometric-abduction'],
    },
    {
      name: 'a session waiting offline',
      outbox: [
        waitingSession('2026-03-02', [
          { exerciseId: 'sidelying-isometric-abduction', painScore: 2 },
          { exerciseId: 'supine-isometric-abduction', painScore: 2 },
        ]),
      ],
      left: ['supine-isometric-abduction'],
    },
    {
      name: 'pain above the stop threshold in a waiting session',
      outbox: [waitingSession('2026-03-02', [{ exerciseId: 'supine-isometric-abduction', painScore: 6 }])],
      left: ['sidelying-isometric-abduction'],
    },
    {
      name: 'a waiting session of another day',
      outbox: [waitingSession('2026-03-01', [{ exerciseId: 'sidelying-isometric-abduction', painScore: 1 }])],
      left: ['sidelying-isometric-abduction', 'supine-isometric-abduction'],
    },
  ])('with $name', ({ outbox, left }) => {
    const plan = buildPlan([buildExercise(), twiceDaily]);
    const states = exerciseDayStates(plan, outbox, PAIN);
    expect(exercisesLeft(plan, states).map((exercise) => exercise.exerciseId)).toEqual(left);
  });

  it('leaves nothing to do on a suspended program', () => {
    const plan = buildPlan([buildExercise()], { status: 'suspended' });
    expect(exercisesLeft(plan, exerciseDayStates(plan, [], PAIN))).toEqual([]);
  });

  it('respects what the server already counted', () => {
    const plan = buildPlan([
      buildExercise({ doneToday: 1 }),
      buildExercise({ exerciseId: 'hip-hitch', stoppedToday: true }),
    ]);
    expect(exercisesLeft(plan, exerciseDayStates(plan, [], PAIN))).toEqual([]);
  });
});
