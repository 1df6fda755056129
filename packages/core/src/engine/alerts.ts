import { daysBetween, type IsoDate } from '../calendar/calendar.js';
import { dateInWords } from '../calendar/date-words.js';
import type { Condition, Text } from '../protocol/types.js';
import { latestEffective, type PlanInput } from './context.js';
import type { PhaseState } from './gates.js';
import { onDate } from './history-window.js';
import type { Alert, PhaseDrop, PlannedExercise } from './plan.js';
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

const TENDINOPATHY_CONFIRMATION: Text = {
  en: 'Tendinopathy: the program uses isometrics in neutral (lying on the back, standing) instead of the crossover stretches. Please confirm.',
  es: 'Tendinopatía: el programa usa isométricos en posición neutra (boca arriba, de pie) en lugar de los estiramientos cruzados. Por favor, confírmelo.',
};

const PHASE_3_CHOICE: Text = {
  en: 'Phase 3 started: choose the return-to-strength exercises. Until then the protocol uses all three.',
  es: 'Empezó la fase 3: elija los ejercicios de vuelta a la fuerza. Mientras tanto el protocolo usa los tres.',
};

/** What the patient reads while the therapist has a question open: plain words, no task of theirs. */
const THERAPIST_CHECKING: Text = {
  en: 'Your therapist is checking your program and will adjust it if needed. Carry on as planned.',
  es: 'Su fisioterapeuta está revisando su programa y lo ajustará si hace falta. Siga según lo previsto.',
};

const CHOOSING_NEXT_EXERCISES: Text = {
  en: 'Your therapist is choosing your next exercises. Until then, carry on with the ones shown here.',
  es: 'Su fisioterapeuta está eligiendo sus próximos ejercicios. Mientras tanto, siga con los que ve aquí.',
};

/**
 * Questions for the therapist: confirm the neutral isometrics for tendinopathy, choose phase 3
 * exercises. Each belongs to the day its question arose (the phase's start), not to every day it stays open.
 */
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
  const question = (
    key: string,
    ruleId: Alert['ruleId'],
    therapistMessage: Text,
    message: Text = THERAPIST_CHECKING,
  ): Alert => ({
    key,
    kind: 'confirmation-needed',
    severity: 'info',
    date: state.startDate,
    exerciseId: null,
    ruleId,
    message,
    physicianMessage: null,
    statusLine: null,
    therapistMessage,
    notifyTherapist: true,
  });
  if (condition === 'tendinopathy' && state.phase >= 1 && !confirmed) {
    alerts.push(
      question(
        'confirm:tendinopathy-isometrics',
        'tendinopathy.neutral-isometrics',
        TENDINOPATHY_CONFIRMATION,
      ),
    );
  }
  if (awaitingPhase3Choice) {
    alerts.push(
      question(
        `confirm:phase-3-exercises:${state.startDate}`,
        'exercise.selection',
        PHASE_3_CHOICE,
        CHOOSING_NEXT_EXERCISES,
      ),
    );
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
