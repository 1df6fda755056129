import { describe, expect, it } from 'vitest';
import { CourseBuilder, day, protocol, sessionFollowing } from '../testing/index.js';
import type { PlannedExercise } from './plan.js';
import {
  dueWithPending,
  exerciseDayStates,
  exercisesLeft,
  type LoggedSession,
  plannedKey,
} from './today-progress.js';

/** A course some days in, so the day's plan has exercises, one of them twice a day. */
function courseOnDay(offset: number): CourseBuilder {
  const course = new CourseBuilder().goodDays(0, offset - 1);
  if (course.plan(day(offset)).exercises.length < 2)
    throw new Error('the plan should hold several exercises');
  return course;
}

const DAY = 8;

function logged(date: string, exercises: LoggedSession['exercises']): LoggedSession {
  return { date, exercises };
}

function ids(exercises: readonly PlannedExercise[]): string[] {
  return exercises.map((exercise) => exercise.exerciseId);
}

describe('a session waiting on the phone counts as done today, as the engine will count it', () => {
  it('counts the same as the engine once the waiting session is stored', () => {
    const course = courseOnDay(DAY);
    const plan = course.plan(day(DAY));
    const waiting = sessionFollowing(plan, { pain: 2 });
    const stored = course.add({ sessionLogs: [waiting] }).plan(day(DAY));
    const expected = new Map(
      stored.exercises.map((exercise) => [
        plannedKey(exercise),
        { done: exercise.doneToday, stopped: exercise.stoppedToday },
      ]),
    );
    expect(exerciseDayStates(plan, [waiting], protocol.pain)).toEqual(expected);
  });

  it('stops an exercise whose waiting pain went above the stop line, as the engine will', () => {
    const course = courseOnDay(DAY);
    const plan = course.plan(day(DAY));
    const first = plan.exercises[0];
    if (!first) throw new Error('the plan has no exercise');
    const waiting = sessionFollowing(plan, { pain: { [first.exerciseId]: 6 }, only: [first.exerciseId] });
    const stored = course.add({ sessionLogs: [waiting] }).plan(day(DAY));
    expect(exerciseDayStates(plan, [waiting], protocol.pain).get(plannedKey(first))).toEqual({
      done: 1,
      stopped: stored.exercises[0]?.stoppedToday,
    });
    expect(stored.exercises[0]?.stoppedToday).toBe(true);
  });

  it.each([
    { name: 'nothing waits', pending: [], left: 'every exercise' },
    { name: 'a session of another day waits', pending: 'yesterday', left: 'every exercise' },
  ] as const)('leaves $left to do when $name', ({ pending }) => {
    const plan = courseOnDay(DAY).plan(day(DAY));
    const sessions =
      pending === 'yesterday'
        ? [
            logged(
              day(DAY - 1),
              plan.exercises.map((exercise) => ({ exerciseId: exercise.exerciseId, painScore: 1 })),
            ),
          ]
        : [];
    expect(ids(exercisesLeft(plan, exerciseDayStates(plan, sessions, protocol.pain)))).toEqual(
      ids(plan.exercises),
    );
  });

  it('leaves nothing to do once every exercise has its sessions for the day', () => {
    const plan = courseOnDay(DAY).plan(day(DAY));
    const session = logged(
      plan.date,
      plan.exercises.map((exercise) => ({ exerciseId: exercise.exerciseId, painScore: 1 })),
    );
    const timesPerDay = Math.max(...plan.exercises.map((exercise) => exercise.prescription.timesPerDay));
    const sessions = Array.from({ length: timesPerDay }, () => session);
    expect(exercisesLeft(plan, exerciseDayStates(plan, sessions.slice(1), protocol.pain))).not.toEqual([]);
    expect(exercisesLeft(plan, exerciseDayStates(plan, sessions, protocol.pain))).toEqual([]);
  });

  it('leaves nothing to do on a program that is not active', () => {
    const plan = courseOnDay(DAY).plan(day(DAY));
    const states = exerciseDayStates(plan, [], protocol.pain);
    expect(exercisesLeft({ ...plan, status: 'suspended' }, states)).toEqual([]);
  });
});

describe('an answer waiting on the phone is not asked for again', () => {
  const allDue = {
    date: '2026-03-10',
    due: {
      checkIn: true,
      redFlagScreen: true,
      tendinopathyScreen: true,
      psfs: true,
      historyScreen: false,
      healthChange: false,
      fallsScreen: false,
      maintenanceCheckIn: false,
    },
  };
  it.each([
    {
      pending: [],
      expected: {
        checkIn: true,
        redFlagScreen: true,
        tendinopathyScreen: true,
        psfs: true,
        historyScreen: false,
        healthChange: false,
        fallsScreen: false,
        maintenanceCheckIn: false,
      },
    },
    {
      pending: [{ kind: 'checkIn' as const, date: '2026-03-10' }],
      expected: {
        checkIn: false,
        redFlagScreen: true,
        tendinopathyScreen: true,
        psfs: true,
        historyScreen: false,
        healthChange: false,
        fallsScreen: false,
        maintenanceCheckIn: false,
      },
    },
    {
      pending: [
        { kind: 'redFlagScreen' as const, date: '2026-03-10' },
        { kind: 'tendinopathyScreen' as const, date: '2026-03-10' },
        { kind: 'psfs' as const, date: '2026-03-10' },
      ],
      expected: {
        checkIn: true,
        redFlagScreen: false,
        tendinopathyScreen: false,
        psfs: false,
        historyScreen: false,
        healthChange: false,
        fallsScreen: false,
        maintenanceCheckIn: false,
      },
    },
    {
      // Yesterday's check-in is not today's.
      pending: [{ kind: 'checkIn' as const, date: '2026-03-09' }],
      expected: {
        checkIn: true,
        redFlagScreen: true,
        tendinopathyScreen: true,
        psfs: true,
        historyScreen: false,
        healthChange: false,
        fallsScreen: false,
        maintenanceCheckIn: false,
      },
    },
  ])('with $pending waiting', ({ pending, expected }) => {
    expect(dueWithPending(allDue, pending)).toEqual(expected);
  });

  it('never makes something due that the plan does not ask for', () => {
    const nothingDue = {
      date: '2026-03-10',
      due: {
        checkIn: false,
        redFlagScreen: false,
        tendinopathyScreen: false,
        psfs: false,
        historyScreen: false,
        healthChange: false,
        fallsScreen: false,
        maintenanceCheckIn: false,
      },
    };
    expect(dueWithPending(nothingDue, [{ kind: 'checkIn', date: '2026-03-10' }])).toEqual(nothingDue.due);
  });
});
