import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/calendar.js';
import type { History } from '../history/history.js';
import { sortHistory } from '../history/sort-history.js';
import { GLUTEUS_MINIMUS_PROTOCOL as protocol } from '../protocol/gluteus-minimus.js';
import { simulateCourse } from '../simulation/simulate-course.js';
import { scenarioArbitrary } from '../testing/course-arbitrary.js';
import { planDay, planDays } from './plan-day.js';

const RUNS = { numRuns: 60 };

describe('engine invariants over random courses', () => {
  it('never prescribes a locked exercise, nor an adduction exercise for tendinopathy', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const plan of simulateCourse(scenario).plans) {
          const locked = new Set(plan.locked.map((entry) => entry.exerciseId));
          for (const exercise of plan.exercises) {
            expect(locked.has(exercise.exerciseId)).toBe(false);
            const definition = protocol.exercises.find((candidate) => candidate.id === exercise.exerciseId);
            if (plan.condition === 'tendinopathy') expect(definition?.tags).not.toContain('adduction');
          }
        }
      }),
      RUNS,
    );
  });

  it('never plans strength work on two days running', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const plans = simulateCourse(scenario).plans;
        plans.slice(1).forEach((plan, index) => {
          expect(plan.isResistanceDay && plans[index]?.isResistanceDay).toBe(false);
        });
      }),
      RUNS,
    );
  });

  it('prescribes nothing while the program is suspended', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const plan of simulateCourse(scenario).plans) {
          if (plan.status !== 'active') expect(plan.exercises).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('keeps every dose within its exercise ladder or rep range', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const plan of simulateCourse(scenario).plans) {
          for (const exercise of plan.exercises) {
            const definition = protocol.exercises.find((candidate) => candidate.id === exercise.exerciseId);
            const progression = definition?.progression;
            if (progression?.kind === 'ladder') {
              expect(exercise.prescription.step).toBeLessThan(progression.steps.length);
              expect(exercise.prescription.step).toBeGreaterThanOrEqual(0);
            } else if (progression) {
              expect(exercise.prescription.reps).toBeLessThanOrEqual(progression.maxReps);
              expect(exercise.prescription.reps).toBeGreaterThanOrEqual(progression.minReps);
              expect(exercise.prescription.sets).toBeLessThanOrEqual(progression.maxSets);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('plans a date the same whatever was recorded after it', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), (scenario, pick) => {
        const course = simulateCourse(scenario);
        const date = addDays(course.program.startDate, pick % scenario.days);
        const upTo = <T extends { date: string }>(list: readonly T[]) =>
          list.filter((entry) => entry.date <= date);
        const truncated: History = {
          checkIns: upTo(course.history.checkIns),
          sessionLogs: upTo(course.history.sessionLogs),
          redFlagScreens: upTo(course.history.redFlagScreens),
          tendinopathyScreens: upTo(course.history.tendinopathyScreens),
          fallsScreens: upTo(course.history.fallsScreens),
          maintenanceCheckIns: upTo(course.history.maintenanceCheckIns),
          psfs: upTo(course.history.psfs),
          strengthTests: upTo(course.history.strengthTests),
          outcomeScores: upTo(course.history.outcomeScores),
        };
        const full = planDay({
          protocol,
          program: course.program,
          history: sortHistory(course.history),
          date,
        });
        const past = planDay({ protocol, program: course.program, history: sortHistory(truncated), date });
        expect(past).toEqual(full);
      }),
      RUNS,
    );
  });

  it('plans a range of days exactly as it plans each day on its own', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), fc.nat(), (scenario, start, length) => {
        const course = simulateCourse(scenario);
        const input = { protocol, program: course.program, history: sortHistory(course.history) };
        const from = addDays(course.program.startDate, (start % (scenario.days + 10)) - 5);
        const to = addDays(from, length % (scenario.days + 20));
        const oneByOne = [];
        for (let date = from; date <= to; date = addDays(date, 1)) oneByOne.push(planDay({ ...input, date }));
        expect(planDays(input, from, to)).toEqual(oneByOne);
      }),
      RUNS,
    );
  });

  it('gives the same plan for the same input, also after a JSON round trip', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.nat(), (scenario, pick) => {
        const course = simulateCourse(scenario);
        const input = {
          protocol,
          program: course.program,
          history: course.history,
          date: addDays(course.program.startDate, pick % scenario.days),
        };
        const first = planDay(input);
        expect(planDay(input)).toEqual(first);
        expect(planDay(JSON.parse(JSON.stringify(input)))).toEqual(first);
      }),
      RUNS,
    );
  });
});
