import { EDUCATION } from './content/education.js';
import { EXERCISES } from './content/exercises/index.js';
import { FALLS_ITEMS, MAINTENANCE_CHECK_IN_ITEMS } from './content/falls-screen.js';
import { PHASES } from './content/phases.js';
import {
  HEALTH_CHANGE_QUESTION,
  RED_FLAG_ITEMS,
  RED_FLAG_MESSAGES,
  TENDINOPATHY_ITEMS,
} from './content/screens.js';
import { RED_FLAG_ITEMS_1_0 } from './content/screens-1-0.js';
import type { Protocol } from './protocol.js';

/**
 * The gluteus minimus protocol of CLINICAL.md, version 2.0: four-tier safety screen, calm setbacks that
 * never return to rest once exercise started, alerts raised once per event; tendinopathy on the LEAP
 * timetable, stages that own their frequency, phase 3 chosen by the therapist, discharge into maintenance. Every number is a default a therapist can change per
 * patient; the sources are cited beside each threshold in the clinical specification.
 */
export const GLUTEUS_MINIMUS_PROTOCOL: Protocol = {
  id: 'gluteus-minimus',
  version: '2.0.0',
  name: { en: 'Gluteus minimus rehabilitation', es: 'Rehabilitación del glúteo menor' },
  exercises: EXERCISES,
  phases: PHASES,
  gates: {
    rest: { restDaysDefault: 3, restDaysMin: 2, restDaysMax: 7, maxWalkingPain: 3, alertAfterDays: 7 },
    tendinopathyLoading: {
      minDaysInPhase: 7,
      maxExercisePain: 5,
      maxNextMorningRise: 1,
      goodSessions: 3,
      ofLastSessions: 4,
    },
    painSubsides: {
      minDaysInPhase: 5,
      lastLoggedDays: 3,
      maxWorstPain: 2,
      maxExercisePain: 3,
      setbackFreeDays: 7,
    },
    resistanceTarget: {
      sets: 3,
      reps: 12,
      loadKgDefault: 1.5,
      maxExercisePain: 2,
      singleLegStanceSeconds: 30,
    },
    discharge: { minLimbSymmetryPercent: 90, minPsfsImprovement: 2.3, psfsTargetMean: 7, minDaysInPhase: 21 },
    maintenance: { sessionsPerWeek: 2, checkInAfterDays: 90 },
    confirmConditionWithinDays: 7,
  },
  pain: {
    trafficLight: { greenMax: 2, amberMax: 5 },
    exerciseStopAbove: 5,
    goodDayMaxExercisePain: 2,
    goodDayMaxExercisePainTendinopathy: 5,
    nextMorningRise: 2,
    setbackRegressionSessions: 2,
    weeklyMeanRise: 2,
    setbacksForSignificant: 2,
    setbackWindowDays: 7,
    noImprovementWeeks: 8,
    noImprovementMinChange: 2,
    adherentShare: 0.7,
    lowAdherenceShare: 0.5,
    lowAdherenceWeeks: 2,
    alertShownDays: 7,
    minDaysBetweenDrops: 14,
    flareSettleDays: 14,
    recentProgressionDays: 3,
  },
  resistance: { defaultWeekdays: [1, 3, 5], maxDaysPerWeek: 3 },
  screens: {
    redFlag: {
      items: RED_FLAG_ITEMS,
      messages: RED_FLAG_MESSAGES,
      repeatEveryDays: 7,
      healthChange: { ...HEALTH_CHANGE_QUESTION, repeatEveryDays: 30 },
    },
    tendinopathy: { items: TENDINOPATHY_ITEMS, threshold: 3, repeatEveryDays: 28 },
    falls: {
      items: FALLS_ITEMS,
      threshold: 4,
      negativeScreenExercises: ['hip-hitch'],
      holdSupportExercises: ['squat-progression'],
    },
    maintenanceCheckIn: { items: MAINTENANCE_CHECK_IN_ITEMS },
  },
  outcomes: {
    nprs: { min: 0, max: 10, minimalImportantChange: 2, minimalImportantChangePercent: 30 },
    psfs: {
      maxActivities: 5,
      min: 0,
      max: 10,
      minimalImportantChange: { small: 1.3, medium: 2.3, large: 2.7 },
      minimalDetectableChange: 2,
      repeatEveryDays: 14,
    },
    totalScoreOnly: [
      { id: 'LEFS', min: 0, max: 80, higherIsBetter: true },
      { id: 'VISA-G', min: 0, max: 100, higherIsBetter: true },
      { id: 'HOOS', min: 0, max: 100, higherIsBetter: true },
    ],
    limbSymmetryTargetPercent: 90,
  },
  education: EDUCATION,
};

/**
 * Protocol 1.0.0 as programs written before 2.0 named it: the same content, but the screen of one list
 * whose every yes paused the program. Kept so a stored program naming it still plans; programs move to
 * 2.0.0 through a recorded program change.
 */
export const GLUTEUS_MINIMUS_PROTOCOL_1_0: Protocol = {
  ...GLUTEUS_MINIMUS_PROTOCOL,
  version: '1.0.0',
  screens: {
    ...GLUTEUS_MINIMUS_PROTOCOL.screens,
    redFlag: { ...GLUTEUS_MINIMUS_PROTOCOL.screens.redFlag, items: RED_FLAG_ITEMS_1_0 },
  },
};
