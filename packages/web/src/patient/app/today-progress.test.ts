import { buildDayPlan, buildPlannedExercise, buildPrescription } from '@minimus/core/testing';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../offline/outbox.js';
import { dueToday, exerciseDayStates, exercisesLeft } from './today-progress.js';

const PAIN = { exerciseStopAbove: 5 };

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
  const twiceDaily = buildPlannedExercise({
    exerciseId: 'supine-isometric-abduction',
    prescription: buildPrescription({ timesPerDay: 2 }),
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
    const plan = buildDayPlan([buildPlannedExercise(), twiceDaily]);
    const states = exerciseDayStates(plan, outbox, PAIN);
    expect(exercisesLeft(plan, states).map((exercise) => exercise.exerciseId)).toEqual(left);
  });

  it('leaves nothing to do on a suspended program', () => {
    const plan = buildDayPlan([buildPlannedExercise()], { status: 'suspended' });
    expect(exercisesLeft(plan, exerciseDayStates(plan, [], PAIN))).toEqual([]);
  });

  it('respects what the server already counted', () => {
    const plan = buildDayPlan([
      buildPlannedExercise({ doneToday: 1 }),
      buildPlannedExercise({ exerciseId: 'hip-hitch', stoppedToday: true }),
    ]);
    expect(exercisesLeft(plan, exerciseDayStates(plan, [], PAIN))).toEqual([]);
  });
});

describe('dueToday', () => {
  const queued = (kind: OutboxItem['kind'], date: string): OutboxItem => ({
    clientId: `${kind}-${date}`,
    patientId: 'p',
    kind,
    body: { clientId: `${kind}-${date}`, date },
    createdAt: 1,
    status: 'pending',
    error: null,
  });
  const plan = buildDayPlan([], {
    date: '2026-03-02',
    due: {
      checkIn: true,
      redFlagScreen: true,
      tendinopathyScreen: false,
      psfs: true,
      historyScreen: false,
      healthChange: false,
      fallsScreen: false,
      maintenanceCheckIn: false,
    },
  });

  it('no longer asks for a check-in or screen queued on this phone today', () => {
    expect(
      dueToday(plan, [queued('check-ins', '2026-03-02'), queued('screens/red-flag', '2026-03-02')]),
    ).toEqual({
      checkIn: false,
      redFlagScreen: false,
      tendinopathyScreen: false,
      psfs: true,
      historyScreen: false,
      healthChange: false,
      fallsScreen: false,
      maintenanceCheckIn: false,
    });
  });

  it("still asks when what waits is another day's, or a session log", () => {
    expect(dueToday(plan, [queued('check-ins', '2026-03-01'), queued('session-logs', '2026-03-02')])).toEqual(
      plan.due,
    );
  });
});
