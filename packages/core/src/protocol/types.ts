/**
 * The protocol as data: every exercise, phase, gate and rule threshold of the clinical specification
 * (shared CLINICAL.md) as typed, versioned values. A clinic can fork a protocol, and a program records
 * which id and version it follows.
 */
import type { PhaseNumber } from './phase-number.js';

export type { PhaseNumber } from './phase-number.js';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Text shown to people, in every supported language. Exercise text may contain `{side}` (the side the
 * exercise works, e.g. "right") and `{otherSide}`; `renderText` fills them in.
 */
export type Text = Readonly<Record<Locale, string>>;

export const EXERCISE_IDS = [
  'crossover-dynamic',
  'crossover-static',
  'seated-knee-to-shoulder',
  'sidelying-isometric-abduction',
  'supine-isometric-abduction',
  'standing-isometric-abduction',
  'sidelying-abduction',
  'bridge-progression',
  'hip-hitch',
  'band-side-steps',
  'squat-progression',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

export type ExerciseCategory = 'flexibility' | 'isometric' | 'dynamic-resistance' | 'functional';
export type ContraindicationTag = 'adduction';
export type Condition = 'muscle-strain' | 'tendinopathy';
export type Effort = 'light' | 'moderate' | 'hard';
export type LoadKind = 'bodyweight' | 'ankle-weight' | 'resistance-band' | 'barbell';
/** `injured`: done with (or for) the injured leg only; `both`: both legs or both directions. */
export type SideHandling = 'injured' | 'both';
/** `daily`: every day of the phase; `resistance-days`: only on the program's resistance weekdays. */
export type Frequency = 'daily' | 'resistance-days';

/**
 * One rung (stage) of a dose ladder: the sets, reps, hold and effort at that rung (load stays as
 * prescribed), and how often it is done. Frequency belongs to the stage (CLINICAL 3): light stages
 * daily, somewhat hard or harder stages on resistance days.
 */
export interface DoseStep {
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  effort: Effort | null;
  /** Names a harder variant reached at this rung (e.g. "single-leg bridge"), or null. */
  variant: Text | null;
  frequency: Frequency;
  timesPerDay: number;
  /** The first phase in which this rung may be prescribed (a phase-2 stage is never reached in phase 1). */
  fromPhase: PhaseNumber;
  /**
   * The rung loads one leg more than the other (an offset or single-leg stage of a both-leg exercise): a
   * both-sides program then prescribes it for each leg (CLINICAL 4c). Absent: both legs alike.
   */
  oneLeg?: boolean;
}

/** The dose an exercise starts at. */
export interface Dose {
  sets: number;
  /** Repetitions per set (steps each way for side-steps), or null for a pure hold. */
  reps: number | null;
  holdSeconds: number | null;
  effort: Effort | null;
  loadKg: number;
  loadKind: LoadKind;
  timesPerDay: number;
  restSecondsBetweenSets: number;
}

/**
 * How an exercise moves forward on good days.
 * - `ladder`: fixed rungs; one rung up after `goodSessionsPerStep` good sessions in a row.
 * - `double-progression`: reps rise within [minReps, maxReps]; the 2-for-2 rule then adds load and
 *   drops to minReps (ACSM 2009).
 */
export type Progression =
  | {
      kind: 'ladder';
      steps: readonly DoseStep[];
      goodSessionsPerStep: number;
      /** At least this many days between two steps up (isometric ladders: 2, one step per 48 h). */
      minDaysPerStep: number;
    }
  | {
      kind: 'double-progression';
      minReps: number;
      maxReps: number;
      /** Extra reps on the last set, beyond the target, that count towards the 2-for-2 rule. */
      twoForTwoExtraReps: number;
      loadStepKg: number;
      maxSets: number;
      /**
       * Below this load a load step is more than the 2-10% ACSM suggests, so the 2-for-2 rule first adds
       * a set (an intermediate step) while sets remain below `maxSets` [rule].
       */
      intermediateStepsBelowKg: number;
    };

export interface LoadOption {
  kind: LoadKind;
  /** Only a therapist can switch this load on for a patient. */
  therapistOnly: boolean;
  stepKg: number | null;
  safetyNote: Text | null;
}

export interface ExerciseDefinition {
  id: ExerciseId;
  name: Text;
  category: ExerciseCategory;
  /** Short plain-language purpose shown above the steps. */
  purpose: Text;
  startPosition: Text;
  steps: readonly Text[];
  cues: readonly Text[];
  /** Short phrases spoken by the session player (keep each under about eight words). */
  spokenCues: readonly Text[];
  commonMistakes: readonly Text[];
  defaultDose: Dose;
  progression: Progression;
  loadOptions: readonly LoadOption[];
  side: SideHandling;
  tags: readonly ContraindicationTag[];
  /** Phases in which the protocol prescribes it by default, and for which conditions. */
  phases: readonly PhaseNumber[];
  conditions: readonly Condition[];
  /**
   * Phases in which the tendinopathy pathway (the LEAP timetable, CLINICAL 5) prescribes it by default,
   * whatever `phases` says; empty when it follows `phases` alone.
   */
  tendinopathyPhases: readonly PhaseNumber[];
  /** Falls risk (CLINICAL 4c): standing on one leg, a step or a band; needs the therapist's choice then. */
  fallsRisk: boolean;
  /** The bed alternative offered to a patient who cannot get down to the floor, or null. */
  bedAlternative: Text | null;
  /** True when the therapist picks it (phase 3 choices) rather than the protocol adding it by default. */
  therapistChosen: boolean;
  /** The frequency of the default dose; a ladder's rungs carry their own (the first rung's equals this). */
  frequency: Frequency;
  /** Where the exercise or its dose comes from: the starting article, or a citation. */
  evidence: string;
  /** Identifier of the animated figure the apps draw for it. */
  figure: string;
  /** How the phone's camera may count this exercise, when it can (a leg lifted and lowered). */
  camera?: CameraRule;
}

/** What the camera can see going wrong during a lift, each checked against the resting position. */
export const FORM_CHECKS = ['trunk-rolling-back', 'hip-flexing-forward', 'knee-bending'] as const;
export type FormCheck = (typeof FORM_CHECKS)[number];

/** A form cue: shown once per set when its measure passes `thresholdDegrees` for `frames` frames running. */
export interface FormRule {
  check: FormCheck;
  thresholdDegrees: number;
  frames: number;
  cue: Text;
}

/**
 * How the phone's camera counts an exercise: where the phone goes, the lift (above the patient's own
 * resting angle) that starts a repetition, the return that ends it, and the form cues to watch for.
 * The angles are a within-patient trend (about +/- 5 degrees on test figures), never a range of motion.
 */
export interface CameraRule {
  /** `lying`: the body lies across a landscape picture, so the frame is turned a quarter before detection. */
  posture: 'lying' | 'standing';
  /** Where to put the phone, in the patient's words. */
  placement: Text;
  /** A repetition starts when the leg rises this far above the resting angle ... */
  liftDegrees: number;
  /** ... and ends when it comes back within this of it: a lift short of `liftDegrees` is not counted. */
  lowerDegrees: number;
  /** Frames in a row, with the leg steady within `restSpreadDegrees`, that set the resting angle. */
  restFrames: number;
  restSpreadDegrees: number;
  formRules: readonly FormRule[];
}
