import type { IsoDate } from '../calendar/calendar.js';
import type { PhaseNumber } from '../protocol/phase-number.js';
import type { Condition, Effort, ExerciseId, Frequency, LoadKind } from '../protocol/types.js';
import type { Attribution, Program, ProgramSide, SignOffKind } from './program.js';

/** What every therapist change carries: why, and (when not today) the date it takes effect. */
interface ChangeReason {
  reason: string;
  effectiveFrom?: IsoDate | undefined;
}

/** A therapist's change to a program, one shape per kind. */
export type ProgramChange = ChangeReason &
  (
    | {
        kind: 'dose-edit';
        exerciseId: ExerciseId;
        sets: number | null;
        reps: number | null;
        holdSeconds: number | null;
        effort: Effort | null;
        loadKg: number | null;
        loadKind: LoadKind | null;
        frequency?: Frequency | null | undefined;
      }
    | { kind: 'lock'; exerciseId: ExerciseId; locked: boolean }
    | { kind: 'diagnosis'; condition: Condition }
    | { kind: 'phase-override'; phase: PhaseNumber }
    | { kind: 'sign-off'; signOff: SignOffKind }
    | { kind: 'selection'; exerciseId: ExerciseId; included: boolean }
    | { kind: 'rest-days'; restDays: number }
    /** The leg or legs the program treats (CLINICAL 4c); each leg's logs stay its own. */
    | { kind: 'side'; side: ProgramSide }
    | { kind: 'resistance-weekdays'; weekdays: readonly number[] }
  );

export type ChangeDateCheck = { kind: 'ok' } | { kind: 'before-start'; startDate: IsoDate };

/**
 * A change may not take effect before the program starts: the engine has no days there to apply it to.
 *
 * @example
 * checkChangeDate(program, '2026-03-01'); // { kind: 'before-start', startDate: '2026-03-02' }
 */
export function checkChangeDate(
  program: Pick<Program, 'startDate'>,
  effectiveFrom: IsoDate,
): ChangeDateCheck {
  return effectiveFrom < program.startDate
    ? { kind: 'before-start', startDate: program.startDate }
    : { kind: 'ok' };
}

/**
 * The program after one therapist change: each change appends a dated, attributed entry (the
 * engine reads the entries in effect on a date), except the program's plain settings, which the
 * version history records. The program given is left as it was.
 *
 * @example
 * applyProgramChange(program, { kind: 'rest-days', restDays: 5, reason: 'Acute strain' }, attribution);
 */
export function applyProgramChange(
  program: Program,
  change: ProgramChange,
  attribution: Attribution,
): Program {
  switch (change.kind) {
    case 'dose-edit': {
      const { exerciseId, sets, reps, holdSeconds, effort, loadKg, loadKind } = change;
      const frequency = change.frequency ?? null;
      const edit = {
        ...attribution,
        exerciseId,
        sets,
        reps,
        holdSeconds,
        effort,
        loadKg,
        loadKind,
        frequency,
      };
      return { ...program, doseEdits: [...program.doseEdits, edit] };
    }
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
    case 'selection': {
      const selection = { ...attribution, exerciseId: change.exerciseId, included: change.included };
      return { ...program, selections: [...program.selections, selection] };
    }
    case 'rest-days':
      return { ...program, restDays: change.restDays };
    case 'side':
      return { ...program, side: change.side };
    case 'resistance-weekdays':
      return { ...program, resistanceWeekdays: [...change.weekdays].sort() };
  }
}
