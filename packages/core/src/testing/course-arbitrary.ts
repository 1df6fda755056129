import fc from 'fast-check';
import { addDays } from '../calendar/calendar.js';
import type { History } from '../history/history.js';
import { newProgram } from '../program/new-program.js';
import { GLUTEUS_MINIMUS_PROTOCOL as protocol } from '../protocol/gluteus-minimus.js';
import { EXERCISE_IDS } from '../protocol/types.js';
import type { CourseScenario } from '../simulation/simulate-course.js';

/* Test support for the engine's property tests (fast-check); not part of the testing entry point. */

const THERAPIST = 'Therapist Property';

/** Random but realistic courses: pain curves, missed days, flares, screens and therapist actions. */
export const scenarioArbitrary = fc
  .record({
    days: fc.integer({ min: 10, max: 50 }),
    restDays: fc.integer({ min: 2, max: 7 }),
    painStart: fc.integer({ min: 0, max: 8 }),
    painEnd: fc.integer({ min: 0, max: 6 }),
    skipEvery: fc.integer({ min: 2, max: 12 }),
    flareDays: fc.uniqueArray(fc.integer({ min: 0, max: 49 }), { maxLength: 6 }),
    stopDays: fc.uniqueArray(fc.integer({ min: 0, max: 49 }), { maxLength: 3 }),
    redFlag: fc.option(
      fc.record({
        day: fc.integer({ min: 0, max: 49 }),
        item: fc.integer({ min: 1, max: protocol.screens.redFlag.items.length }),
        resumeAfter: fc.option(fc.integer({ min: 1, max: 10 })),
      }),
    ),
    tendinopathyYes: fc.integer({ min: 0, max: 7 }),
    strainDiagnosisDay: fc.option(fc.integer({ min: 0, max: 49 })),
    phaseOverride: fc.option(
      fc.record({ day: fc.integer({ min: 0, max: 49 }), phase: fc.constantFrom(0, 1, 2, 3) }),
    ),
    lock: fc.option(
      fc.record({ day: fc.integer({ min: 0, max: 49 }), exerciseId: fc.constantFrom(...EXERCISE_IDS) }),
    ),
    extraReps: fc.integer({ min: -2, max: 3 }),
    confirmDay: fc.option(fc.integer({ min: 0, max: 6 })),
  })
  .map((params): CourseScenario => {
    const program = newProgram({
      protocol,
      injuryDate: '2026-05-04',
      side: 'left',
      timeZone: 'Europe/Madrid',
      restDays: params.restDays,
      requiresConfirmation: params.confirmDay !== null,
    });
    const at = (offset: number) => addDays(program.startDate, offset);
    const redFlagItem = protocol.screens.redFlag.items.find((item) => item.number === params.redFlag?.item);
    return {
      protocol,
      days: params.days,
      program: {
        ...program,
        diagnoses:
          params.strainDiagnosisDay === null
            ? []
            : [
                {
                  condition: 'muscle-strain',
                  effectiveFrom: at(params.strainDiagnosisDay),
                  author: THERAPIST,
                  reason: 'r',
                },
              ],
        phaseOverrides: params.phaseOverride
          ? [
              {
                phase: params.phaseOverride.phase as 0 | 1 | 2 | 3,
                effectiveFrom: at(params.phaseOverride.day),
                author: THERAPIST,
                reason: 'r',
              },
            ]
          : [],
        locks: params.lock
          ? [
              {
                exerciseId: params.lock.exerciseId,
                locked: true,
                effectiveFrom: at(params.lock.day),
                author: THERAPIST,
                reason: 'r',
              },
            ]
          : [],
        signOffs: [
          ...(params.confirmDay === null
            ? []
            : [
                {
                  kind: 'program-confirmed' as const,
                  effectiveFrom: at(params.confirmDay),
                  author: THERAPIST,
                  reason: 'r',
                },
              ]),
          ...(params.redFlag?.resumeAfter != null
            ? [
                {
                  kind: 'resume-after-red-flag' as const,
                  effectiveFrom: at(params.redFlag.day + params.redFlag.resumeAfter),
                  author: THERAPIST,
                  reason: 'r',
                },
              ]
            : []),
        ],
      },
      report: (offset) => {
        const pain = Math.round(
          params.painStart + ((params.painEnd - params.painStart) * offset) / params.days,
        );
        const flare = params.flareDays.includes(offset - 1) ? 3 : 0;
        return {
          morningPain: Math.min(10, pain + flare),
          worstPain24h: Math.min(10, pain + flare),
          walkingPain: pain,
          baselinePain: pain,
          exercisePain: () => (params.stopDays.includes(offset) ? 7 : Math.max(0, pain - 1)),
          checksIn: offset % params.skipEvery !== 1,
          doesSession: offset % params.skipEvery !== 0,
          extraRepsOnLastSet: params.extraReps,
        };
      },
      extras: (offset, date): Partial<History> => {
        const extras: {
          redFlagScreens?: History['redFlagScreens'];
          tendinopathyScreens?: History['tendinopathyScreens'];
        } = {};
        if (params.redFlag && redFlagItem && offset === params.redFlag.day) {
          extras.redFlagScreens = [{ id: `rf-${offset}`, date, answers: { [redFlagItem.id]: true } }];
        }
        if (offset === 0) {
          extras.tendinopathyScreens = [
            {
              id: 'tp',
              date,
              answers: Object.fromEntries(
                protocol.screens.tendinopathy.items.map((item, index) => [
                  item.id,
                  index < params.tendinopathyYes,
                ]),
              ),
            },
          ];
        }
        return extras;
      },
    };
  });
