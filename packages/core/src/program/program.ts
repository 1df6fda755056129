import type { IsoDate } from '../calendar/calendar.js';
import type { ProtocolRef } from '../protocol/protocol.js';
import type { Condition, Effort, ExerciseId, Frequency, LoadKind, PhaseNumber } from '../protocol/types.js';

/** A leg. */
export type Side = 'left' | 'right';

/**
 * The sides a program treats: one leg, or both (CLINICAL 4c). With both, each side's one-leg exercises are
 * prescribed, guided, logged and charted for that side, each from its own logs.
 */
export type ProgramSide = Side | 'both';

/** Who made a therapist decision, when it takes effect, and why. */
export interface Attribution {
  author: string;
  effectiveFrom: IsoDate;
  reason: string;
}

/** A therapist's change to one exercise's dose. Fields left null keep the engine's value. */
export interface DoseEdit extends Attribution {
  exerciseId: ExerciseId;
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  effort: Effort | null;
  loadKg: number | null;
  loadKind: LoadKind | null;
  /**
   * The stage's frequency set by the therapist (any stage may be made daily, as LEAP did); absent or
   * null keeps the stage's own. Absent in edits stored before stages owned their frequency.
   */
  frequency?: Frequency | null;
}

export interface LockChange extends Attribution {
  exerciseId: ExerciseId;
  locked: boolean;
}

export interface DiagnosisRecord extends Attribution {
  condition: Condition;
}

export interface PhaseOverride extends Attribution {
  phase: PhaseNumber;
}

export type SignOffKind =
  /** Phase 2 to 3 without the strength target being met. */
  | 'resistance-gate'
  /** The therapist discharges the patient. */
  | 'discharge'
  /** The therapist confirms the neutral isometrics chosen for tendinopathy. */
  | 'tendinopathy-isometrics'
  /** The therapist has reviewed a red flag and lets the program resume. */
  | 'resume-after-red-flag'
  /** The therapist confirms the program before day 1, having reviewed the onboarding answers. */
  | 'program-confirmed'
  /** The therapist asks the patient to see their physician, with the printable summary. */
  | 'physician-referral';

export interface SignOff extends Attribution {
  kind: SignOffKind;
}

export interface ExerciseSelectionChange extends Attribution {
  exerciseId: ExerciseId;
  included: boolean;
}

/**
 * A patient's program: the protocol it follows and every therapist decision, each dated and attributed.
 * Lists are append-only histories; the engine reads the entries in effect on a date.
 */
export interface Program {
  protocol: ProtocolRef;
  injuryDate: IsoDate;
  /** First day the program runs (on or after the injury). */
  startDate: IsoDate;
  side: ProgramSide;
  timeZone: string;
  /**
   * No exercises until a therapist records a `program-confirmed` sign-off (CLINICAL 1). Programs begun
   * before protocol 2.0 were already under way and were not asked for it.
   */
  requiresConfirmation: boolean;
  restDays: number;
  /** ISO weekdays of resistance sessions; null uses the protocol's default. */
  resistanceWeekdays: readonly number[] | null;
  /** Load (kg) the side-lying abduction must reach for the phase 2 gate; null uses the protocol's. */
  resistanceTargetKg: number | null;
  /** Load kinds switched on for this patient besides the non-therapist ones (e.g. the barbell option). */
  enabledLoadKinds: readonly LoadKind[];
  diagnoses: readonly DiagnosisRecord[];
  selections: readonly ExerciseSelectionChange[];
  doseEdits: readonly DoseEdit[];
  locks: readonly LockChange[];
  phaseOverrides: readonly PhaseOverride[];
  signOffs: readonly SignOff[];
}
