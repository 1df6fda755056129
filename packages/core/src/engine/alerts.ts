import { daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { Condition } from '../protocol/types.js';
import { latestEffective, type PlanInput } from './context.js';
import type { PhaseState } from './gates.js';
import { onDate } from './history-window.js';
import type { Alert, PlannedExercise } from './plan.js';
import { setbacksDetectedBetween } from './setbacks.js';
import { significantSetback } from './significant-setback.js';

/** Exercises stopped today because their pain went above the stop line. */
export function exerciseStoppedAlerts(
  input: PlanInput,
  exercises: readonly PlannedExercise[],
  date: IsoDate,
): Alert[] {
  return exercises
    .filter((exercise) => exercise.stoppedToday)
    .map((exercise) => {
      const name = input.protocol.exercises.find((definition) => definition.id === exercise.exerciseId)?.name;
      return {
        key: `exercise-stopped:${date}:${exercise.exerciseId}`,
        kind: 'exercise-stopped',
        severity: 'warning',
        date,
        exerciseId: exercise.exerciseId,
        ruleId: 'pain.exercise-stop',
        message: {
          en: `${name?.en ?? exercise.exerciseId}: pain went above ${input.protocol.pain.exerciseStopAbove}, so it stops for today. Next time it goes back to the last dose you tolerated.`,
          es: `${name?.es ?? exercise.exerciseId}: el dolor pasó de ${input.protocol.pain.exerciseStopAbove}, así que se detiene por hoy. La próxima vez vuelve a la última dosis que toleró.`,
        },
        physicianMessage: null,
        notifyTherapist: true,
      };
    });
}

/** A setback found by this morning's check-in. */
export function setbackAlerts(input: PlanInput, date: IsoDate): Alert[] {
  return setbacksDetectedBetween(input, date, date).map((setback) => ({
    key: `setback:${setback.sessionDate}`,
    kind: 'setback',
    severity: 'warning',
    date,
    exerciseId: null,
    ruleId: 'setback.next-morning',
    message: {
      en: `Morning pain ${setback.nextMorningPain} after ${setback.sessionDate}, against ${setback.baselinePain} before that session: the exercises go one step easier for ${input.protocol.pain.setbackRegressionSessions} sessions.`,
      es: `Dolor de la mañana ${setback.nextMorningPain} tras el ${setback.sessionDate}, frente a ${setback.baselinePain} antes de esa sesión: los ejercicios bajan un paso durante ${input.protocol.pain.setbackRegressionSessions} sesiones.`,
    },
    physicianMessage: null,
    notifyTherapist: true,
  }));
}

/** The significant setback that started the current phase, shown for `alertShownDays` days. */
export function significantSetbackAlert(input: PlanInput, state: PhaseState, date: IsoDate): Alert | null {
  if (state.ruleId !== 'setback.significant') return null;
  if (daysBetween(state.startDate, date) >= input.protocol.pain.alertShownDays) return null;
  const earlier: PhaseState = { ...state, phase: 1, startDate: '0000-01-01' };
  const evidence = significantSetback(input, earlier, state.startDate);
  return {
    key: `significant-setback:${state.startDate}`,
    kind: 'significant-setback',
    severity: 'urgent',
    date: state.startDate,
    exerciseId: null,
    ruleId: 'setback.significant',
    message: {
      en: `Significant setback: the program went back to phase ${state.phase}. Please check back with your physician and take the printable summary with you. Your therapist has been told.`,
      es: `Recaída importante: el programa volvió a la fase ${state.phase}. Consulte de nuevo con su médico y lleve el resumen imprimible. Su fisioterapeuta ya está avisado.`,
    },
    physicianMessage: evidence.text,
    notifyTherapist: true,
  };
}

/** Questions for the therapist: confirm the neutral isometrics for tendinopathy, choose phase 3 exercises. */
export function confirmationAlerts(
  input: PlanInput,
  condition: Condition,
  state: PhaseState,
  awaitingPhase3Choice: boolean,
  date: IsoDate,
): Alert[] {
  const alerts: Alert[] = [];
  const confirmed = latestEffective(
    input.program.signOffs,
    date,
    (entry) => entry.kind === 'tendinopathy-isometrics',
  );
  if (condition === 'tendinopathy' && state.phase >= 1 && !confirmed) {
    alerts.push({
      key: 'confirm:tendinopathy-isometrics',
      kind: 'confirmation-needed',
      severity: 'info',
      date,
      exerciseId: null,
      ruleId: 'tendinopathy.neutral-isometrics',
      message: {
        en: 'Tendinopathy: the program uses isometrics in neutral (lying on the back, standing) instead of the crossover stretches. Please confirm.',
        es: 'Tendinopatía: el programa usa isométricos en posición neutra (boca arriba, de pie) en lugar de los estiramientos cruzados. Por favor, confírmelo.',
      },
      physicianMessage: null,
      notifyTherapist: true,
    });
  }
  if (awaitingPhase3Choice) {
    alerts.push({
      key: `confirm:phase-3-exercises:${state.startDate}`,
      kind: 'confirmation-needed',
      severity: 'info',
      date,
      exerciseId: null,
      ruleId: 'exercise.selection',
      message: {
        en: 'Phase 3 started: choose the return-to-strength exercises. Until then the protocol uses all three.',
        es: 'Empezó la fase 3: elija los ejercicios de vuelta a la fuerza. Mientras tanto el protocolo usa los tres.',
      },
      physicianMessage: null,
      notifyTherapist: true,
    });
  }
  return alerts;
}

/** Sessions of an exercise logged today, and whether its pain stopped it. */
export function todayStatus(input: PlanInput, exerciseId: PlannedExercise['exerciseId'], date: IsoDate) {
  let doneToday = 0;
  let stoppedToday = false;
  for (const session of onDate(input.history.sessionLogs, date)) {
    for (const log of session.exercises) {
      if (log.exerciseId !== exerciseId) continue;
      doneToday += 1;
      if (log.painScore > input.protocol.pain.exerciseStopAbove) stoppedToday = true;
    }
  }
  return { doneToday, stoppedToday };
}
