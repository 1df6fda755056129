import { daysBetween, type IsoDate } from '../calendar/calendar.js';
import { dateInWords } from '../calendar/date-words.js';
import type { Text } from '../protocol/types.js';
import type { PlanInput } from './context.js';
import type { PhaseState } from './gates.js';
import { onDate } from './history-window.js';
import type { Alert, PhaseDrop, PlannedExercise } from './plan.js';
import { setbacksDetectedBetween } from './setbacks.js';
import { namedForLeg } from './sides.js';
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
      const definition = input.protocol.exercises.find((candidate) => candidate.id === exercise.exerciseId);
      const name = definition && namedForLeg(input.program, exercise.side, definition.name);
      // One alert per leg of a both-sides program; a one-sided program keeps the key it always had.
      const leg = input.program.side === 'both' && exercise.side !== 'both' ? `:${exercise.side}` : '';
      return {
        key: `exercise-stopped:${date}:${exercise.exerciseId}${leg}`,
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
        statusLine: null,
        therapistMessage: exerciseStoppedText(
          name ?? { en: exercise.exerciseId, es: exercise.exerciseId },
          input.protocol.pain.exerciseStopAbove,
          date,
        ),
        notifyTherapist: true,
      };
    });
}

/** A setback found by this morning's check-in; the event belongs to the morning it was logged. */
export function setbackAlerts(input: PlanInput, date: IsoDate): Alert[] {
  const sessions = input.protocol.pain.setbackRegressionSessions;
  return setbacksDetectedBetween(input, date, date).map((setback) => {
    const session = dateInWords(setback.sessionDate);
    return {
      key: `setback:${setback.sessionDate}`,
      kind: 'setback',
      severity: 'warning',
      date,
      exerciseId: null,
      ruleId: 'setback.next-morning',
      message: {
        en: `Your pain this morning (${setback.nextMorningPain} out of 10) is higher than before your session on ${session.en} (${setback.baselinePain}). The exercises changed most recently go one step easier for the next ${sessions} sessions.`,
        es: `Su dolor de esta mañana (${setback.nextMorningPain} de 10) es mayor que antes de su sesión del ${session.es} (${setback.baselinePain}). Los ejercicios que cambiaron hace menos bajan un paso durante las próximas ${sessions} sesiones.`,
      },
      physicianMessage: null,
      statusLine: null,
      therapistMessage: setbackText(setback, sessions),
      notifyTherapist: true,
    };
  });
}

/** The calm message of CLINICAL 6, word for word. */
export const CALM_FLARE_MESSAGE: Text = {
  en: 'Your pain has flared up over the last few days. This is common during recovery and usually settles. We have eased your program and told your therapist, who will be in touch. If you notice any warning sign, see a doctor.',
  es: 'Su dolor ha empeorado en los últimos días. Es algo frecuente durante la recuperación y suele calmarse. Hemos suavizado su programa y avisado a su fisioterapeuta, que se pondrá en contacto con usted. Si nota alguna señal de alarma, consulte a un médico.',
};

const FLARE_STATUS_LINE: Text = {
  en: 'Your program was eased after a flare-up. Your therapist knows and will be in touch.',
  es: 'Su programa se suavizó tras un empeoramiento del dolor. Su fisioterapeuta lo sabe y se pondrá en contacto con usted.',
};

/** The latest drop, while its message is still shown: `alertShownDays` days from the drop. */
export function recentPhaseDrop(input: PlanInput, state: PhaseState, date: IsoDate): PhaseDrop | null {
  const drop = state.lastDrop;
  if (!drop || drop.date > date) return null;
  return daysBetween(drop.date, date) < input.protocol.pain.alertShownDays ? drop : null;
}

/**
 * A significant setback: the calm message once, then a quiet status line; the therapist gets a task to
 * contact the patient. No physician message here (CLINICAL 6): that comes only if the flare has not
 * settled in 14 days. Keyed by the phase it ended, so late data that moves the drop updates this alert.
 */
export function significantSetbackAlert(input: PlanInput, drop: PhaseDrop | null): Alert | null {
  if (!drop) return null;
  const earlier: PhaseState = {
    phase: 1,
    startDate: drop.fromStartDate,
    ruleId: 'setback.significant',
    discharged: false,
    lastDrop: null,
  };
  const evidence = significantSetback(input, earlier, drop.date);
  return {
    key: `significant-setback:${drop.fromStartDate}`,
    kind: 'significant-setback',
    severity: 'urgent',
    date: drop.date,
    exerciseId: null,
    ruleId: 'setback.significant',
    message: CALM_FLARE_MESSAGE,
    physicianMessage: null,
    statusLine: FLARE_STATUS_LINE,
    therapistMessage: significantSetbackText(input, drop, evidence),
    notifyTherapist: true,
  };
}

const PHASE_3_CHOICE: Text = {
  en: 'Phase 3 started: choose the return-to-strength exercises (single-leg bridge or squat stages, band side-slides, hip hitch with a negative falls screen). Nothing in phase 3 is prescribed until chosen.',
  es: 'Empezó la fase 3: elija los ejercicios de vuelta a la fuerza (etapas de puente o sentadilla sobre una pierna, pasos laterales con banda, elevación de cadera con cribado de caídas negativo). No se prescribe nada de la fase 3 hasta elegirlo.',
};

/** What the patient reads until the therapist has chosen the phase-3 exercises (CLINICAL 5). */
export const CHOOSING_NEXT_EXERCISES: Text = {
  en: 'Your therapist is choosing your next exercises. They will appear here once chosen; until then, keep up your everyday walking.',
  es: 'Su fisioterapeuta está eligiendo sus próximos ejercicios. Aparecerán aquí cuando los elija; mientras tanto, siga caminando como cada día.',
};

/**
 * The therapist's awaiting-choice task when phase 3 begins with nothing chosen. It belongs to the day the
 * question arose (the phase's start), not to every day it stays open, and is a warning so it sits near
 * the top of the therapist's list.
 */
export function phaseThreeChoiceAlert(state: PhaseState, awaitingPhase3Choice: boolean): Alert | null {
  if (!awaitingPhase3Choice) return null;
  return {
    key: `confirm:phase-3-exercises:${state.startDate}`,
    kind: 'confirmation-needed',
    severity: 'warning',
    date: state.startDate,
    exerciseId: null,
    ruleId: 'phase-3.awaiting-choice',
    message: CHOOSING_NEXT_EXERCISES,
    physicianMessage: null,
    statusLine: null,
    therapistMessage: PHASE_3_CHOICE,
    notifyTherapist: true,
  };
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
