import type { ProgramChangeInput } from '@minimus/contract';
import type { Attribution, Program } from '@minimus/core';

/**
 * The program after one therapist change: each change appends a dated, attributed entry (the
 * engine reads the entries in effect on a date), except the program's plain settings, which the
 * version history records.
 *
 * @example
 * applyProgramChange(program, { kind: 'rest-days', restDays: 5, reason: 'Acute strain' }, attribution);
 */
export function applyProgramChange(
  program: Program,
  change: ProgramChangeInput,
  attribution: Attribution,
): Program {
  switch (change.kind) {
    case 'dose-edit':
      return {
        ...program,
        doseEdits: [
          ...program.doseEdits,
          {
            ...attribution,
            exerciseId: change.exerciseId,
            sets: change.sets,
            reps: change.reps,
            holdSeconds: change.holdSeconds,
            effort: change.effort,
            loadKg: change.loadKg,
            loadKind: change.loadKind,
          },
        ],
      };
    case 'lock':
      return {
        ...program,
        locks: [...program.locks, { ...attribution, exerciseId: change.exerciseId, locked: change.locked }],
      };
    case 'diagnosis':
      return {
        ...program,
        diagnoses: [...program.diagnoses, { ...attribution, condition: change.condition }],
      };
    case 'phase-override':
      return {
        ...program,
        phaseOverrides: [...program.phaseOverrides, { ...attribution, phase: change.phase }],
      };
    case 'sign-off':
      return { ...program, signOffs: [...program.signOffs, { ...attribution, kind: change.signOff }] };
    case 'selection':
      return {
        ...program,
        selections: [
          ...program.selections,
          { ...attribution, exerciseId: change.exerciseId, included: change.included },
        ],
      };
    case 'rest-days':
      return { ...program, restDays: change.restDays };
    case 'resistance-weekdays':
      return { ...program, resistanceWeekdays: [...change.weekdays].sort() };
  }
}
