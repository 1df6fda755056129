import type { Alert, DayPlan, PlannedExercise } from '../engine/plan.js';
import type { Prescription } from '../history/history.js';
import { GLUTEUS_MINIMUS_PROTOCOL } from '../protocol/gluteus-minimus.js';
import { INJURY } from './builders.js';

/** The first isometric of phase 1 as the protocol starts it: five holds of five seconds, no load. */
export function buildPrescription(overrides: Partial<Prescription> = {}): Prescription {
  return {
    sets: 5,
    reps: null,
    holdSeconds: 5,
    effort: 'light',
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 1,
    restSecondsBetweenSets: 30,
    step: 0,
    variant: null,
    regressedSessionsLeft: 0,
    ...overrides,
  };
}

/** One exercise of a day's plan, not yet done and not stopped. */
export function buildPlannedExercise(overrides: Partial<PlannedExercise> = {}): PlannedExercise {
  return {
    exerciseId: 'sidelying-isometric-abduction',
    side: 'right',
    frequency: 'daily',
    prescription: buildPrescription(),
    stoppedToday: false,
    doneToday: 0,
    fallsPrecaution: null,
    ...overrides,
  };
}

/** A day of phase 1 with the given exercises and nothing due, locked or alerted. */
export function buildDayPlan(exercises: PlannedExercise[], overrides: Partial<DayPlan> = {}): DayPlan {
  return {
    date: INJURY,
    protocol: { id: GLUTEUS_MINIMUS_PROTOCOL.id, version: GLUTEUS_MINIMUS_PROTOCOL.version },
    status: 'active',
    phase: 1,
    phaseStartDate: INJURY,
    phaseRuleId: 'gate.rest',
    lastPhaseDrop: null,
    condition: 'muscle-strain',
    isResistanceDay: false,
    exercises,
    locked: [],
    alerts: [],
    decisions: [],
    due: {
      checkIn: false,
      redFlagScreen: false,
      historyScreen: false,
      healthChange: false,
      tendinopathyScreen: false,
      fallsScreen: false,
      maintenanceCheckIn: false,
      psfs: false,
    },
    education: [],
    ...overrides,
  };
}

/** A setback alert as the engine raises it the morning after a painful session; the therapist is told. */
export function buildAlert(overrides: Partial<Alert> = {}): Alert {
  const date = overrides.date ?? INJURY;
  return {
    key: `setback:${date}`,
    kind: 'setback',
    severity: 'warning',
    date,
    exerciseId: null,
    ruleId: 'setback.next-morning',
    message: { en: 'The exercises go one step easier.', es: 'Los ejercicios bajan un paso.' },
    physicianMessage: null,
    statusLine: null,
    therapistMessage: { en: 'Setback: morning pain 6/10.', es: 'Recaída: dolor de la mañana 6/10.' },
    notifyTherapist: true,
    ...overrides,
  };
}
