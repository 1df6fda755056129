import type { IsoDate } from '../calendar/calendar.js';
import type { Prescription } from '../history/history.js';
import type { Side } from '../program/program.js';
import type { ProtocolRef, RedFlagUrgency } from '../protocol/protocol.js';
import type { Condition, ExerciseId, Frequency, PhaseNumber, Text } from '../protocol/types.js';

/** Every rule the engine applies, by a stable id shown to clinicians. */
export type RuleId =
  | 'program.start'
  | 'program.awaiting-confirmation'
  | 'gate.rest'
  | 'gate.pain-subsides'
  | 'gate.resistance-target'
  | 'gate.discharge'
  | 'condition.tendinopathy-screen'
  | 'condition.therapist-diagnosis'
  | 'condition.default'
  | 'tendinopathy.no-rest-phase'
  | 'tendinopathy.adduction-locked'
  | 'tendinopathy.neutral-isometrics'
  | 'exercise.selection'
  | 'exercise.therapist-lock'
  | 'schedule.resistance-day'
  | 'progression.start'
  | 'progression.hold-step'
  | 'progression.good-day'
  | 'progression.not-good-day'
  | 'progression.awaiting-next-morning'
  | 'progression.double-progression'
  | 'progression.two-for-two'
  | 'pain.exercise-stop'
  | 'pain.last-tolerated-dose'
  | 'setback.next-morning'
  | 'setback.regressed-sessions'
  | 'setback.significant'
  | 'setback.held'
  | 'setback.unsettled-flare'
  | 'screen.risk-factor'
  | 'screen.therapist-review'
  | 'therapist.physician-referral'
  | 'review.no-improvement'
  | 'red-flag.suspend'
  | 'red-flag.resumed'
  | 'message.safety-net'
  | 'therapist.phase-override'
  | 'therapist.dose-edit'
  | 'therapist.sign-off'
  | 'screen.due'
  | 'condition.provisional'
  | 'condition.diagnosis-in-force'
  | 'gate.rest-cap'
  | 'gate.tendinopathy-loading'
  | 'phase-3.awaiting-choice'
  | 'maintenance.plan'
  | 'maintenance.check-in'
  | 'maintenance.check-in-answer'
  | 'falls.screen-positive'
  | 'falls.needs-negative-screen'
  | 'falls.therapist-choice-needed'
  | 'falls.hold-a-support'
  | 'falls.bed-alternative'
  | 'adherence.two-low-weeks';

/**
 * A drop of one phase by the significant-setback rule. `fromStartDate`, the start of the phase it dropped
 * from, names the flare: data arriving late may move the drop's date, never which phase it ended.
 */
export interface PhaseDrop {
  date: IsoDate;
  phase: PhaseNumber;
  fromPhase: PhaseNumber;
  fromStartDate: IsoDate;
}

export type DataValue = string | number | boolean | null;

/** One decision and what it rests on: the rule, the data that triggered it, and words for people. */
export interface Decision {
  ruleId: RuleId;
  /** What the decision is about: the phase, the schedule, a screen, or one exercise. */
  subject: 'phase' | 'condition' | 'schedule' | 'screen' | 'status' | 'review' | ExerciseId;
  /** `engine` for a rule, `therapist` when a therapist's override decided it. */
  source: 'engine' | 'therapist';
  author: string | null;
  text: Text;
  data: Readonly<Record<string, DataValue>>;
}

export type AlertKind =
  | 'exercise-stopped'
  | 'setback'
  | 'significant-setback'
  | 'no-improvement'
  | 'red-flag'
  | 'risk-factor'
  | 'therapist-review'
  | 'physician-referral'
  | 'confirmation-needed'
  | 'message-warning-sign';

export type AlertSeverity = 'info' | 'warning' | RedFlagUrgency;

export interface Alert {
  /** Stable identity: the server keeps one alert per key, so recomputing a plan never duplicates it. */
  key: string;
  kind: AlertKind;
  severity: AlertSeverity;
  /**
   * The day the triggering data belongs to, whenever it arrived: a plan of any later date that still
   * shows the event gives the same key and date, so the event is filed once.
   */
  date: IsoDate;
  exerciseId: ExerciseId | null;
  ruleId: RuleId;
  message: Text;
  /** Only when the patient is asked to see a physician (red flag, unsettled flare, therapist referral). */
  physicianMessage: Text | null;
  /** The quiet line the patient sees once `message` has been shown; null when the message stays. */
  statusLine: Text | null;
  /** What the therapist reads: the finding, what the engine did and what the patient was told. */
  therapistMessage: Text;
  notifyTherapist: boolean;
}

/**
 * What a positive falls screen adds to an exercise (CLINICAL 4c): the "hold a support" cue, or the
 * exercise's bed alternative offered instead of the floor.
 */
export type FallsPrecaution = 'hold-a-support' | 'bed-alternative';

export interface PlannedExercise {
  exerciseId: ExerciseId;
  /** The leg it works, or `both`. */
  side: Side | 'both';
  frequency: Frequency;
  prescription: Prescription;
  /** Pain above the stop threshold was logged today: do not do it again today. */
  stoppedToday: boolean;
  /** Sessions of it already logged today (twice-daily exercises count to two). */
  doneToday: number;
  /** Null without a positive falls screen, or when it changes nothing for this exercise. */
  fallsPrecaution: FallsPrecaution | null;
}

export interface LockedExercise {
  exerciseId: ExerciseId;
  ruleId: RuleId;
}

export interface ScreensDue {
  checkIn: boolean;
  /** Tiers A and B: weekly, and after every setback. */
  redFlagScreen: boolean;
  /** Tiers C and D: at onboarding, and after the health-change question was answered yes. */
  historyScreen: boolean;
  /** The monthly "has anything changed in your health?" question. */
  healthChange: boolean;
  tendinopathyScreen: boolean;
  /** The falls checklist: once, at onboarding (or on Today for a program begun before it was asked). */
  fallsScreen: boolean;
  /** The check-in question after discharge, until it is answered. */
  maintenanceCheckIn: boolean;
  psfs: boolean;
}

export type ProgramStatus = 'awaiting-confirmation' | 'active' | 'suspended' | 'discharged';

/** What the engine says about one day of one patient's program. */
export interface DayPlan {
  date: IsoDate;
  protocol: ProtocolRef;
  status: ProgramStatus;
  phase: PhaseNumber;
  phaseStartDate: IsoDate;
  phaseRuleId: RuleId;
  /** The latest significant-setback drop, stamped on session logs with the phase (ADR 0002). */
  lastPhaseDrop: PhaseDrop | null;
  condition: Condition;
  isResistanceDay: boolean;
  exercises: readonly PlannedExercise[];
  locked: readonly LockedExercise[];
  alerts: readonly Alert[];
  decisions: readonly Decision[];
  due: ScreensDue;
  /** Education topic ids to show first today. */
  education: readonly string[];
}
