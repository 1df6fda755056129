import type { Condition, ExerciseDefinition, ExerciseId, PhaseNumber, Text } from './types.js';

/** Thresholds of the phase gates (CLINICAL.md section 5). All are defaults a therapist may change per patient. */
export interface PhaseGates {
  rest: {
    restDaysDefault: number;
    restDaysMin: number;
    restDaysMax: number;
    maxWalkingPain: number;
    /** Still resting this many days after the injury: the therapist is alerted (no indefinite rest). */
    alertAfterDays: number;
  };
  painSubsides: {
    minDaysInPhase: number;
    lastLoggedDays: number;
    maxWorstPain: number;
    maxExercisePain: number;
    setbackFreeDays: number;
  };
  /**
   * Tendinopathy's phase 1 -> 2 (LEAP familiarisation): days in phase, and sessions whose exercise pain
   * stayed at or below `maxExercisePain` with the next morning within `maxNextMorningRise` of baseline,
   * on `goodSessions` of the last `ofLastSessions`; the weekly mean pain must not be rising.
   */
  tendinopathyLoading: {
    minDaysInPhase: number;
    maxExercisePain: number;
    maxNextMorningRise: number;
    goodSessions: number;
    ofLastSessions: number;
  };
  resistanceTarget: {
    sets: number;
    reps: number;
    loadKgDefault: number;
    maxExercisePain: number;
    /** The therapist-checked single-leg stance (level pelvis, pain 2 or less), seconds. */
    singleLegStanceSeconds: number;
  };
  discharge: {
    minLimbSymmetryPercent: number;
    minPsfsImprovement: number;
    /** The PSFS activities' own target (mean score) when the patient set none. */
    psfsTargetMean: number;
    minDaysInPhase: number;
  };
  /** After discharge: the last phase-3 exercises this many days a week, and a check-in after `checkInAfterDays`. */
  maintenance: { sessionsPerWeek: number; checkInAfterDays: number };
  /** A provisional (screened) condition waits this many days for the therapist's confirmation. */
  confirmConditionWithinDays: number;
}

export interface PhaseDefinition {
  phase: PhaseNumber;
  name: Text;
  description: Text;
  /** What must hold to move on, in words. */
  gateText: Text;
}

/** Pain monitoring and setback thresholds (CLINICAL.md section 6). */
export interface PainRules {
  trafficLight: { greenMax: number; amberMax: number };
  /** Exercise pain above this stops that exercise for the day. */
  exerciseStopAbove: number;
  /** A good day: every exercise pain at or below this ... */
  goodDayMaxExercisePain: number;
  /** Tendinopathy tolerates more: a good day has exercise pain up to this (CLINICAL 5, after Silbernagel 2007). */
  goodDayMaxExercisePainTendinopathy: number;
  /** ... and next-morning pain less than baseline + this. Also the setback threshold. */
  nextMorningRise: number;
  setbackRegressionSessions: number;
  weeklyMeanRise: number;
  setbacksForSignificant: number;
  setbackWindowDays: number;
  noImprovementWeeks: number;
  noImprovementMinChange: number;
  /** Share of prescribed session days done for a stretch of weeks to count as adherent. */
  adherentShare: number;
  /**
   * The adherence nudge (CLINICAL 7): a share of prescribed sessions done below this in each of
   * `lowAdherenceWeeks` weeks running alerts the therapist.
   */
  lowAdherenceShare: number;
  lowAdherenceWeeks: number;
  /** Days a significant-setback or red-flag message stays on the patient's plan. */
  alertShownDays: number;
  /** At most one phase drop in this many days (CLINICAL 6). */
  minDaysBetweenDrops: number;
  /** A flare not back to its pre-flare level after this many days prompts the physician message. */
  flareSettleDays: number;
  /** A next-morning setback regresses the exercises progressed in this many days before it. */
  recentProgressionDays: number;
}

export interface ResistanceSchedule {
  /** ISO weekdays (1 Monday ... 7 Sunday); no two may be consecutive, Sunday to Monday included. */
  defaultWeekdays: readonly number[];
  maxDaysPerWeek: number;
}

/** The tiers of an answer that pause the program: go now (A) or see a doctor soon (B). */
export type RedFlagUrgency = 'emergency' | 'urgent';

/**
 * The four tiers of the safety screen (CLINICAL 4a): A and B pause the program; C (risk factors) and D
 * (therapist review) never pause it and never send anyone to a doctor, they become therapist tasks.
 */
export type SafetyTier = RedFlagUrgency | 'risk-factor' | 'therapist-review';

export interface RedFlagItem {
  id: string;
  number: number;
  /** The item's tier letter and number, as clinicians read it (A2, C4). Never shown to patients. */
  code: string;
  tier: SafetyTier;
  /** Asked again weekly and at every setback (tiers A and B), or at onboarding and when health changed. */
  weekly: boolean;
  question: Text;
}

/** Whether an answer of this tier pauses the program. */
export function pausesProgram(tier: SafetyTier): tier is RedFlagUrgency {
  return tier === 'emergency' || tier === 'urgent';
}

export interface TendinopathyItem {
  id: string;
  question: Text;
}

/**
 * One statement of the CDC STEADI "Stay Independent" checklist (public domain), answered yes or no; a yes
 * scores `points` (2 for a fall in the past year and for a cane or walker, 1 for the others).
 */
export interface FallsItem {
  id: string;
  points: number;
  statement: Text;
}

/**
 * One question of the check-in after discharge (CLINICAL 5). `troubleAnswer` is the answer that reports
 * trouble and alerts the therapist, or null when no answer does (it is shown to the therapist either way).
 */
export interface MaintenanceCheckInItem {
  id: string;
  question: Text;
  troubleAnswer: boolean | null;
}

export interface Screens {
  redFlag: {
    items: readonly RedFlagItem[];
    messages: Readonly<Record<SafetyTier, Text>>;
    /** Tiers A and B: asked again after this many days. */
    repeatEveryDays: number;
    /** The "has anything changed in your health?" question, asked this often; a yes reopens C and D. */
    healthChange: { id: string; question: Text; repeatEveryDays: number };
  };
  tendinopathy: { items: readonly TendinopathyItem[]; threshold: number; repeatEveryDays: number };
  /**
   * The falls screen at onboarding (CLINICAL 4c): `threshold` points or more is a higher falls risk. The
   * `negativeScreenExercises` need a negative screen, whoever chooses them; `holdSupportExercises` show
   * the "hold a support" cue with a positive screen besides every `fallsRisk` exercise.
   */
  falls: {
    items: readonly FallsItem[];
    threshold: number;
    negativeScreenExercises: readonly ExerciseId[];
    holdSupportExercises: readonly ExerciseId[];
  };
  /** The questions asked once `gates.maintenance.checkInAfterDays` after discharge. */
  maintenanceCheckIn: { items: readonly MaintenanceCheckInItem[] };
}

export interface OutcomeMeasures {
  nprs: { min: 0; max: 10; minimalImportantChange: number; minimalImportantChangePercent: number };
  psfs: {
    maxActivities: number;
    min: 0;
    max: 10;
    minimalImportantChange: { small: number; medium: number; large: number };
    minimalDetectableChange: number;
    repeatEveryDays: number;
  };
  /** Instruments whose items we may not ship: a therapist records the total only. */
  totalScoreOnly: readonly {
    id: 'LEFS' | 'VISA-G' | 'HOOS';
    min: number;
    max: number;
    higherIsBetter: boolean;
  }[];
  limbSymmetryTargetPercent: number;
}

export interface EducationTopic {
  id: string;
  title: Text;
  paragraphs: readonly Text[];
  /** Shown first for these conditions (e.g. load management for tendinopathy). */
  emphasisedFor: readonly Condition[];
  evidence: string;
}

/** A complete protocol: what a program follows, identified by id and version. */
export interface Protocol {
  id: string;
  version: string;
  name: Text;
  exercises: readonly ExerciseDefinition[];
  phases: readonly PhaseDefinition[];
  gates: PhaseGates;
  pain: PainRules;
  resistance: ResistanceSchedule;
  screens: Screens;
  outcomes: OutcomeMeasures;
  education: readonly EducationTopic[];
}

export interface ProtocolRef {
  id: string;
  version: string;
}

const TIER_ORDER: readonly SafetyTier[] = ['emergency', 'urgent', 'therapist-review', 'risk-factor'];

/**
 * The most serious tier answered yes on a safety screen (A, then B, then D, then C), or null when every
 * answer is no: what the patient is told straight after answering.
 *
 * @example
 * mostSeriousTier(protocol.screens.redFlag.items, { diabetes: true }); // 'risk-factor'
 */
export function mostSeriousTier(
  items: readonly RedFlagItem[],
  answers: Readonly<Record<string, boolean>>,
): SafetyTier | null {
  const yes = new Set(items.filter((item) => answers[item.id] === true).map((item) => item.tier));
  return TIER_ORDER.find((tier) => yes.has(tier)) ?? null;
}
