import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { History } from '../history/history.js';
import { sortHistory } from '../history/sort-history.js';
import { newProgram } from '../program/new-program.js';
import type { Program, Side } from '../program/program.js';
import type { Condition, ExerciseId, PhaseNumber } from '../protocol/types.js';
import { simulateCourse } from '../simulation/simulate-course.js';
import { protocol, THERAPIST } from '../testing/index.js';
import { prescribe } from './prescription.js';

const RUNS = { numRuns: 25 };

/** A confirmed both-sides program, its condition recorded and its phase set from day 0. */
function bothSidesProgram(condition: Condition, phase: PhaseNumber): Program {
  const program = newProgram({
    protocol,
    injuryDate: '2026-05-04',
    side: 'both',
    timeZone: 'Europe/Madrid',
    requiresConfirmation: false,
    diagnosis: { condition, author: THERAPIST },
  });
  const attribution = { author: THERAPIST, effectiveFrom: program.startDate, reason: 'r' };
  return { ...program, phaseOverrides: [{ ...attribution, phase }] };
}

const courseArbitrary = fc.record({
  condition: fc.constantFrom<Condition>('muscle-strain', 'tendinopathy'),
  phase: fc.constantFrom<PhaseNumber>(1, 2),
  days: fc.integer({ min: 12, max: 30 }),
  morningPain: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 30, maxLength: 30 }),
  /** Exercise pain per day and leg: each leg's own course. */
  leftPain: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 30, maxLength: 30 }),
  rightPain: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 30, maxLength: 30 }),
  extraReps: fc.integer({ min: 0, max: 3 }),
});

type CourseParams = typeof courseArbitrary extends fc.Arbitrary<infer T> ? T : never;

function playCourse(params: CourseParams, sameOnEachLeg: boolean) {
  return simulateCourse({
    protocol,
    program: bothSidesProgram(params.condition, params.phase),
    days: params.days,
    report: (day) => {
      const morning = params.morningPain[day] ?? 0;
      const left = params.leftPain[day] ?? 0;
      const right = sameOnEachLeg ? left : (params.rightPain[day] ?? 0);
      return {
        morningPain: morning,
        worstPain24h: morning,
        walkingPain: morning,
        baselinePain: Math.max(0, morning - 1),
        exercisePain: (_exerciseId: ExerciseId, side: Side | 'both') =>
          side === 'right' ? right : side === 'left' ? left : Math.min(left, right),
        checksIn: day % 6 !== 5,
        doesSession: day % 7 !== 6,
        extraRepsOnLastSet: params.extraReps,
      };
    },
  });
}

/** The history a one-sided program on `leg` would hold: that leg's entries and the both-leg ones, no side named. */
function oneSidedHistory(history: History, leg: Side): History {
  const sessionLogs = history.sessionLogs.map((session) => ({
    ...session,
    exercises: session.exercises
      .filter((log) => log.side === leg || log.side === 'both')
      .map(({ side: _side, ...log }) => log),
  }));
  return sortHistory({ ...history, sessionLogs });
}

describe('each side of a both-sides program gets the same dose rules (CLINICAL 4c)', () => {
  it('gives both legs the same prescription when both legs are logged alike', () => {
    fc.assert(
      fc.property(courseArbitrary, (params) => {
        for (const plan of playCourse(params, true).plans) {
          const left = plan.exercises.filter((exercise) => exercise.side === 'left');
          const right = plan.exercises.filter((exercise) => exercise.side === 'right');
          expect(right.map((exercise) => exercise.exerciseId)).toEqual(
            left.map((exercise) => exercise.exerciseId),
          );
          for (const [index, exercise] of left.entries()) {
            const other = right[index];
            expect(other?.prescription).toEqual(exercise.prescription);
            expect(other?.stoppedToday).toBe(exercise.stoppedToday);
            expect(other?.doneToday).toBe(exercise.doneToday);
          }
        }
      }),
      RUNS,
    );
  });

  it("gives each leg what a one-sided program with that leg's logs would get", () => {
    fc.assert(
      fc.property(courseArbitrary, (params) => {
        const course = playCourse(params, false);
        const history = sortHistory(course.history);
        for (const plan of course.plans) {
          for (const planned of plan.exercises) {
            const definition = protocol.exercises.find((candidate) => candidate.id === planned.exerciseId);
            if (definition?.side !== 'injured' || planned.side === 'both') continue;
            const oneSided = {
              protocol,
              program: { ...course.program, side: planned.side },
              history: oneSidedHistory(history, planned.side),
              date: plan.date,
            };
            const expected = prescribe(oneSided, definition, plan.date, plan.phase);
            expect(planned.prescription).toEqual(expected.prescription);
          }
        }
      }),
      RUNS,
    );
  });

  it('prescribes every one-leg exercise on both legs, and every both-leg exercise once', () => {
    fc.assert(
      fc.property(courseArbitrary, (params) => {
        for (const plan of playCourse(params, false).plans) {
          for (const planned of plan.exercises) {
            const definition = protocol.exercises.find((candidate) => candidate.id === planned.exerciseId);
            const entries = plan.exercises.filter((other) => other.exerciseId === planned.exerciseId);
            if (definition?.side === 'injured') {
              expect(entries.map((entry) => entry.side).sort()).toEqual(['left', 'right']);
            } else {
              const sides = entries.map((entry) => entry.side).sort();
              expect([['both'], ['left', 'right']]).toContainEqual(sides);
            }
          }
        }
      }),
      RUNS,
    );
  });
});
