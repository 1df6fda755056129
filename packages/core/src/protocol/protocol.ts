import type { Condition, ExerciseDefinition, PhaseNumber, Text } from './types.js';

/** Thresholds of the phase gates (CLINICAL.md section 5). All are defaults a therapist may change per patient. */
export interface PhaseGates {
  rest: { restDaysDefault: number; restDaysMin: number; restDaysMax: number; maxWalkingPain: number };
  painSubsides: {
    minDaysInPhase: number;
    lastLoggedDays: number;
    maxWorstPain: number;
    maxExercisePain: number;
    setbackFreeDays: number;
  };
  resistanceTarget: { sets: number; reps: number; loadKgDefault: number; maxExercisePain: number };
  discharge: { minLimbSymmetryPercent: number; minPsfsImprovement: number };
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
  /** Days a significant-setback or red-flag message stays on the patient's plan. */
  alertShownDays: number;
}

export interface ResistanceSchedule {
  /** ISO weekdays (1 Monday ... 7 Sunday); no two may be consecutive, Sunday to Monday included. */
  defaultWeekdays: readonly number[];
  maxDaysPerWeek: number;
}

export type RedFlagUrgency = 'emergency' | 'urgent';

export interface RedFlagItem {
  id: string;
  number: number;
  urgency: RedFlagUrgency;
  /** Asked again weekly and at every setback (items 1-7), or only at onboarding. */
  weekly: boolean;
  question: Text;
}

export interface TendinopathyItem {
  id: string;
  question: Text;
}

export interface Screens {
  redFlag: {
    items: readonly RedFlagItem[];
    messages: Readonly<Record<RedFlagUrgency, Text>>;
    repeatEveryDays: number;
  };
  tendinopathy: { items: readonly TendinopathyItem[]; threshold: number; repeatEveryDays: number };
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
  totalScoreOnly: readonly { id: 'LEFS' | 'VISA-G'; min: number; max: number; higherIsBetter: boolean }[];
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
