import type { IsoDate } from '../calendar/calendar.js';
import type { Side } from '../program/program.js';
import type { Effort, ExerciseId, LoadKind, PhaseNumber, Text } from '../protocol/types.js';

/**
 * The dose a plan prescribed for one exercise, stored with every session log so the next plan can
 * continue from it (see docs/adr/0002-session-logs-carry-the-prescription.md).
 */
export interface Prescription {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  effort: Effort | null;
  loadKg: number;
  loadKind: LoadKind;
  timesPerDay: number;
  restSecondsBetweenSets: number;
  /** Rung of the exercise's ladder (0-based); 0 for double progression. */
  step: number;
  variant: Text | null;
  /** Sessions still to be done at a regressed dose after a setback. */
  regressedSessionsLeft: number;
}

export interface PerformedSet {
  reps: number | null;
  holdSeconds: number | null;
  loadKg: number;
  /**
   * What the phone's camera counted in this set, when the patient used it: its repetitions (the set's
   * `reps` is what the patient confirmed) and each one's peak leg angle, a within-patient trend only.
   */
  camera?: CameraCount;
}

export interface CameraCount {
  reps: number;
  /** Peak angle of the leg from the trunk's line, per counted repetition, degrees. */
  peakDegrees: readonly number[];
}

export interface ExerciseLog {
  exerciseId: ExerciseId;
  /**
   * The leg it was done on, or `both` for an exercise that works both legs at once. Absent on logs stored
   * before programs could treat both sides: those were done on the program's one side.
   */
  side?: Side | 'both';
  /** What the patient was shown and did: the phone's prescription when it planned offline. */
  prescription: Prescription;
  /**
   * The server's plan for that date when it differs from what the phone showed (offline fidelity): kept
   * beside it, never instead of it. Absent when they agree.
   */
  serverPrescription?: Prescription;
  sets: readonly PerformedSet[];
  /** Pain during the exercise, 0-10. */
  painScore: number;
  /** Stopped before the prescribed sets were done. */
  stoppedEarly: boolean;
}

/** Where the program stood when the session was done; the plan the patient followed carried it. */
export interface PhaseStamp {
  phase: PhaseNumber;
  phaseStartDate: IsoDate;
  /** Rule that started the phase (e.g. `gate.pain-subsides`, `setback.significant`, `therapist.phase-override`). */
  phaseRuleId: string;
  /**
   * The latest significant-setback drop before the session (protocol 2.0). Absent on logs stamped
   * before it: a phase begun by `setback.significant` then stands for its own drop.
   */
  lastDrop?: { date: IsoDate; phase: PhaseNumber; fromPhase: PhaseNumber; fromStartDate: IsoDate } | null;
}

export interface SessionLog {
  id: string;
  date: IsoDate;
  stamp: PhaseStamp;
  /** Pain before the session, 0-10: the baseline next-morning pain is compared with. */
  baselinePain: number;
  exercises: readonly ExerciseLog[];
}

export interface CheckIn {
  id: string;
  date: IsoDate;
  /** Pain on waking, 0-10, compared with the previous session's baseline. */
  nextMorningPain: number | null;
  worstPain24h: number | null;
  /** Pain while walking, 0-10: the rest-phase gate uses it. */
  walkingPain: number | null;
}

export interface ScreenAnswers {
  id: string;
  date: IsoDate;
  /** Item id -> yes (true) or no (false). Items not asked are absent. */
  answers: Readonly<Record<string, boolean>>;
}

export interface PsfsActivity {
  name: string;
  score: number;
}

export interface PsfsEntry {
  id: string;
  date: IsoDate;
  activities: readonly PsfsActivity[];
}

/**
 * `single-leg-stance`: seconds each side held a 30 s single-leg stance with a level pelvis and pain 2 or
 * less, as the therapist checked it (the phase 2 gate); never a measure of limb symmetry.
 */
export type StrengthMethod = 'dynamometer' | 'reps-at-load' | 'single-leg-stance';

export interface StrengthTest {
  id: string;
  date: IsoDate;
  method: StrengthMethod;
  /** Newtons for a dynamometer, repetitions for reps-at-load, seconds for the single-leg stance. */
  injuredSide: number;
  uninjuredSide: number;
  loadKg: number | null;
  author: string;
}

export interface OutcomeScore {
  id: string;
  date: IsoDate;
  instrument: 'LEFS' | 'VISA-G' | 'HOOS';
  total: number;
  author: string;
}

/** Everything recorded about a patient. Each list is sorted by date, oldest first (see `sortHistory`). */
export interface History {
  checkIns: readonly CheckIn[];
  sessionLogs: readonly SessionLog[];
  redFlagScreens: readonly ScreenAnswers[];
  tendinopathyScreens: readonly ScreenAnswers[];
  /** The STEADI falls checklist (CLINICAL 4c), statement id -> yes or no. */
  fallsScreens: readonly ScreenAnswers[];
  /** Answers to the check-in after discharge (CLINICAL 5), question id -> yes or no. */
  maintenanceCheckIns: readonly ScreenAnswers[];
  psfs: readonly PsfsEntry[];
  strengthTests: readonly StrengthTest[];
  outcomeScores: readonly OutcomeScore[];
}
