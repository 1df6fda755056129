import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, sortHistory } from '../history/sort-history.js';
import type { ExerciseSelectionChange } from '../program/program.js';
import type { ExerciseId } from '../protocol/types.js';
import { buildFallsScreen, buildProgram, day, protocol, THERAPIST } from '../testing/index.js';
import { fallsScreenPoints } from './falls.js';
import { latestOnOrBefore } from './history-window.js';
import { planDays } from './plan-day.js';

const RUNS = { numRuns: 40 };
const EXERCISE_IDS = protocol.exercises.map((exercise) => exercise.id);
const FALLS_RISK: readonly ExerciseId[] = protocol.exercises
  .filter((exercise) => exercise.fallsRisk)
  .map((exercise) => exercise.id);

/** A random program: condition, a phase override, therapist selections, and falls screens over 6 weeks. */
const scenario = fc.record({
  condition: fc.constantFrom('muscle-strain' as const, 'tendinopathy' as const),
  phase: fc.constantFrom(1 as const, 2 as const, 3 as const),
  phaseFrom: fc.integer({ min: 0, max: 20 }),
  selections: fc.array(
    fc.record({
      exerciseId: fc.constantFrom(...EXERCISE_IDS),
      included: fc.boolean(),
      offset: fc.integer({ min: 0, max: 40 }),
    }),
    { maxLength: 6 },
  ),
  screens: fc.uniqueArray(
    fc.record({ offset: fc.integer({ min: 0, max: 40 }), points: fc.integer({ min: 0, max: 14 }) }),
    { selector: (entry) => entry.offset, maxLength: 4 },
  ),
  discharged: fc.boolean(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function plansOf(input: Scenario) {
  const selections: ExerciseSelectionChange[] = input.selections.map((entry) => ({
    exerciseId: entry.exerciseId,
    included: entry.included,
    effectiveFrom: day(entry.offset),
    author: THERAPIST,
    reason: 'r',
  }));
  const program = buildProgram({
    diagnoses: [{ condition: input.condition, effectiveFrom: day(0), author: THERAPIST, reason: 'r' }],
    phaseOverrides: [
      { phase: input.phase, effectiveFrom: day(input.phaseFrom), author: THERAPIST, reason: 'r' },
    ],
    selections,
    signOffs: input.discharged
      ? [{ kind: 'discharge', effectiveFrom: day(input.phaseFrom + 21), author: THERAPIST, reason: 'r' }]
      : [],
  });
  const history = sortHistory({
    ...EMPTY_HISTORY,
    fallsScreens: input.screens.map((entry) => buildFallsScreen(day(entry.offset), entry.points)),
  });
  const plans = planDays({ protocol, program, history }, day(0), day(48));
  const positiveOn = (date: string) => {
    const screen = latestOnOrBefore(history.fallsScreens, date);
    return screen !== undefined && fallsScreenPoints(protocol.screens.falls, screen.answers) >= 4;
  };
  const chosenOn = (id: ExerciseId, date: string) =>
    selections
      .filter((entry) => entry.exerciseId === id && entry.effectiveFrom <= date)
      .reduce<ExerciseSelectionChange | undefined>(
        (latest, entry) => (!latest || entry.effectiveFrom >= latest.effectiveFrom ? entry : latest),
        undefined,
      )?.included === true;
  return { plans, positiveOn, chosenOn };
}

describe('falls invariants over random programs (CLINICAL 4c)', () => {
  it('never prescribes the hip hitch with a positive falls screen', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { plans, positiveOn } = plansOf(input);
        for (const plan of plans) {
          if (!positiveOn(plan.date)) continue;
          expect(plan.exercises.map((exercise) => exercise.exerciseId)).not.toContain('hip-hitch');
        }
      }),
      RUNS,
    );
  });

  it('prescribes no standing single-leg, step or band exercise with a positive screen unless the therapist chose it', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { plans, positiveOn, chosenOn } = plansOf(input);
        for (const plan of plans) {
          if (!positiveOn(plan.date)) continue;
          for (const exercise of plan.exercises) {
            if (!FALLS_RISK.includes(exercise.exerciseId)) continue;
            expect(chosenOn(exercise.exerciseId, plan.date)).toBe(true);
            expect(exercise.fallsPrecaution).toBe('hold-a-support');
          }
        }
      }),
      RUNS,
    );
  });
});
