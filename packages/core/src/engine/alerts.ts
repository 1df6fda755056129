import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { Condition, Text } from '../protocol/types.js';
import { latestEffective, type PlanInput } from './context.js';
import type { PhaseState } from './gates.js';
import { between, onDate } from './history-window.js';
import { type PhaseTransition, phaseOn } from './phase.js';
import type { Alert, PlannedExercise } from './plan.js';
import { setbacksDetectedBetween } from './setbacks.js';
import { significantSetback } from './significant-setback.js';
import { exerciseStoppedText, setbackText, significantSetbackText } from './therapist-text.js';
import { tallyExercise } from './today-progress.js';

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
        therapistMessage: exerciseStoppedText(
          name ?? { en: exercise.exerciseId, es: exercise.exerciseId },
          input.protocol.pain.exerciseStopAbove,
          date,
        ),
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
    therapistMessage: setbackText(setback, input.protocol.pain.setbackRegressionSessions),
    notifyTherapist: true,
  }));
}

/** A drop of one phase by the significant-setback rule: the day it happened and the phase it went to. */
export interface PhaseDrop {
  date: IsoDate;
  phase: PhaseState['phase'];
}

/**
 * The latest significant setback in the last `alertShownDays` days, wherever the program went since:
 * found in this plan's walk, in the current phase, or in the stamps of recent session logs.
 */
export function recentPhaseDrop(
  input: PlanInput,
  state: PhaseState,
  transitions: readonly PhaseTransition[],
  date: IsoDate,
): PhaseDrop | null {
  const since = addDays(date, -(input.protocol.pain.alertShownDays - 1));
  const drops: PhaseDrop[] = [];
  if (state.ruleId === 'setback.significant') drops.push({ date: state.startDate, phase: state.phase });
  for (const transition of transitions) {
    if (transition.ruleId === 'setback.significant')
      drops.push({ date: transition.date, phase: transition.to.phase });
  }
  for (const session of between(input.history.sessionLogs, since, date)) {
    const { stamp } = session;
    if (stamp.phaseRuleId === 'setback.significant')
      drops.push({ date: stamp.phaseStartDate, phase: stamp.phase });
  }
  // A phase entered by a gate within the window may follow a drop that no session was stamped with (rest
  // after a drop from phase 1 has no sessions): look one phase back, a walk of a few days at most, and
  // only in the week after a phase began.
  const isRecent = (drop: PhaseDrop) => drop.date >= since && drop.date <= date;
  if (state.startDate > since && state.ruleId !== 'setback.significant') {
    const before = phaseOn(input, addDays(state.startDate, -1)).state;
    if (before.ruleId === 'setback.significant') drops.push({ date: before.startDate, phase: before.phase });
  }
  const recent = drops.filter(isRecent);
  return recent.reduce<PhaseDrop | null>(
    (latest, drop) => (latest && latest.date >= drop.date ? latest : drop),
    null,
  );
}

/** The significant-setback message, shown for `alertShownDays` days after the drop. */
export function significantSetbackAlert(input: PlanInput, drop: PhaseDrop | null): Alert | null {
  if (!drop) return null;
  const earlier: PhaseState = {
    phase: 1,
    startDate: '0000-01-01',
    ruleId: 'setback.significant',
    discharged: false,
  };
  const evidence = significantSetback(input, earlier, drop.date);
  return {
    key: `significant-setback:${drop.date}`,
    kind: 'significant-setback',
    severity: 'urgent',
    date: drop.date,
    exerciseId: null,
    ruleId: 'setback.significant',
    message: {
      en: `Significant setback: the program went back to phase ${drop.phase}. Please check back with your physician and take the printable summary with you. Your therapist has been told.`,
      es: `Recaída importante: el programa volvió a la fase ${drop.phase}. Consulte de nuevo con su médico y lleve el resumen imprimible. Su fisioterapeuta ya está avisado.`,
    },
    physicianMessage: evidence.text,
    therapistMessage: significantSetbackText(input, drop, evidence),
    notifyTherapist: true,
  };
}

const TENDINOPATHY_CONFIRMATION: Text = {
  en: 'Tendinopathy: the program uses isometrics in neutral (lying on the back, standing) instead of the crossover stretches. Please confirm.',
  es: 'Tendinopatía: el programa usa isométricos en posición neutra (boca arriba, de pie) en lugar de los estiramientos cruzados. Por favor, confírmelo.',
};

const PHASE_3_CHOICE: Text = {
  en: 'Phase 3 started: choose the return-to-strength exercises. Until then the protocol uses all three.',
  es: 'Empezó la fase 3: elija los ejercicios de vuelta a la fuerza. Mientras tanto el protocolo usa los tres.',
};

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
      message: TENDINOPATHY_CONFIRMATION,
      physicianMessage: null,
      // Written to the therapist already.
      therapistMessage: TENDINOPATHY_CONFIRMATION,
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
      message: PHASE_3_CHOICE,
      physicianMessage: null,
      therapistMessage: PHASE_3_CHOICE,
      notifyTherapist: true,
    });
  }
  return alerts;
}

/** Sessions of an exercise logged today, and whether its pain stopped it. */
export function todayStatus(input: PlanInput, exerciseId: PlannedExercise['exerciseId'], date: IsoDate) {
  const sessions = onDate(input.history.sessionLogs, date);
  const { done, stopped } = tallyExercise(
    { done: 0, stopped: false },
    sessions,
    exerciseId,
    input.protocol.pain,
  );
  return { doneToday: done, stoppedToday: stopped };
}
