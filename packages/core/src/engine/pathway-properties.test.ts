import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScreenAnswers } from '../history/history.js';
import { EMPTY_HISTORY, sortHistory } from '../history/sort-history.js';
import type { ExerciseId } from '../protocol/types.js';
import { buildProgram, day, protocol, THERAPIST } from '../testing/index.js';
import { planDays } from './plan-day.js';

const RUNS = { numRuns: 40 };
const CHOSEN: readonly ExerciseId[] = protocol.exercises
  .filter((exercise) => exercise.therapistChosen)
  .map((exercise) => exercise.id);

const screen = (offset: number, yes: number): ScreenAnswers => ({
  id: `tp-${offset}`,
  date: day(offset),
  answers: Object.fromEntries(
    protocol.screens.tendinopathy.items.map((item, index) => [item.id, index < yes]),
  ),
});

describe('pathway invariants over random programs', () => {
  it('prescribes no phase-3 strength exercise before the therapist chooses one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('muscle-strain' as const, 'tendinopathy' as const),
        fc.integer({ min: 0, max: 20 }),
        fc.option(
          fc.record({ offset: fc.integer({ min: 0, max: 30 }), exerciseId: fc.constantFrom(...CHOSEN) }),
        ),
        (condition, phase3From, chosen) => {
          const program = buildProgram({
            diagnoses: [{ condition, effectiveFrom: day(0), author: THERAPIST, reason: 'r' }],
            phaseOverrides: [{ phase: 3, effectiveFrom: day(phase3From), author: THERAPIST, reason: 'r' }],
            selections: chosen
              ? [
                  {
                    exerciseId: chosen.exerciseId,
                    included: true,
                    effectiveFrom: day(phase3From + chosen.offset),
                    author: THERAPIST,
                    reason: 'r',
                  },
                ]
              : [],
          });
          const plans = planDays({ protocol, program, history: EMPTY_HISTORY }, day(0), day(phase3From + 35));
          for (const plan of plans) {
            if (plan.phase !== 3) continue;
            const before = !chosen || plan.date < day(phase3From + chosen.offset);
            const strength = plan.exercises.filter((exercise) => CHOSEN.includes(exercise.exerciseId));
            if (before) expect(strength).toEqual([]);
            else expect(strength.every((exercise) => exercise.exerciseId === chosen?.exerciseId)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });

  it('never lets a screen change a recorded diagnosis', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('muscle-strain' as const, 'tendinopathy' as const),
        fc.integer({ min: 0, max: 20 }),
        fc.uniqueArray(
          fc.record({ offset: fc.integer({ min: 0, max: 40 }), yes: fc.integer({ min: 0, max: 7 }) }),
          {
            selector: (entry) => entry.offset,
            maxLength: 6,
          },
        ),
        (condition, recordedOn, screens) => {
          const program = buildProgram({
            diagnoses: [{ condition, effectiveFrom: day(recordedOn), author: THERAPIST, reason: 'r' }],
          });
          const history = sortHistory({
            ...EMPTY_HISTORY,
            tendinopathyScreens: screens.map((entry) => screen(entry.offset, entry.yes)),
          });
          for (const plan of planDays({ protocol, program, history }, day(recordedOn), day(42))) {
            expect(plan.condition).toBe(condition);
          }
        },
      ),
      RUNS,
    );
  });
});
