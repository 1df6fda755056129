import { addDays, daysBetween, type IsoDate, isoWeekday, laterDate } from '../calendar/calendar.js';
import { dateInWords } from '../calendar/date-words.js';
import type { ScreenAnswers } from '../history/history.js';
import type { MaintenanceCheckInItem, Screens } from '../protocol/protocol.js';
import type { ExerciseDefinition, Text } from '../protocol/types.js';
import { latestEffective, type PlanInput, resistanceWeekdays } from './context.js';
import { ruleDecision } from './decision.js';
import type { PhaseState } from './gates.js';
import { between } from './history-window.js';
import type { Alert, Decision } from './plan.js';
import { therapistHasChosen } from './selection.js';

const WEEKDAY_NAMES = {
  en: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  es: ['', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
} as const;

/**
 * The maintenance weekdays: `sessionsPerWeek` of the program's strength days, spread through the week
 * (Monday and Friday from Monday, Wednesday and Friday).
 */
export function maintenanceWeekdays(input: Pick<PlanInput, 'protocol' | 'program'>): readonly number[] {
  const days = resistanceWeekdays(input);
  const wanted = input.protocol.gates.maintenance.sessionsPerWeek;
  if (days.length <= wanted) return days;
  const step = (days.length - 1) / Math.max(1, wanted - 1);
  return Array.from({ length: wanted }, (_, index) => days[Math.round(index * step)] ?? days[0] ?? 1);
}

/**
 * The last phase-3 exercises: those the therapist had chosen when the program was discharged
 * (CLINICAL 5: maintenance is 2 sessions a week of them).
 */
export function maintenanceExercises(
  input: PlanInput,
  dischargedFrom: IsoDate,
  selected: (exercise: ExerciseDefinition, date: IsoDate) => boolean,
): ExerciseDefinition[] {
  if (!therapistHasChosen(input, dischargedFrom)) return [];
  return input.protocol.exercises.filter((exercise) => selected(exercise, dischargedFrom));
}

/**
 * The day the program was discharged: the therapist's sign-off, or the day phase 3 reached its minimum
 * length when the sign-off came earlier.
 */
export function dischargeDate(input: PlanInput, state: PhaseState, date: IsoDate): IsoDate | null {
  if (!state.discharged) return null;
  const signOff = latestEffective(
    input.program.signOffs,
    date,
    (entry) => entry.kind === 'discharge' && entry.effectiveFrom >= state.startDate,
  );
  if (!signOff) return null;
  const earliest = addDays(state.startDate, input.protocol.gates.discharge.minDaysInPhase);
  return laterDate(signOff.effectiveFrom, earliest);
}

/** Why today has (or has not) maintenance exercises, in the patient's words. */
export function maintenanceDecision(input: PlanInput, date: IsoDate, count: number): Decision {
  const weekdays = maintenanceWeekdays(input);
  const names = (locale: 'en' | 'es') => weekdays.map((day) => WEEKDAY_NAMES[locale][day]).join(', ');
  const today = weekdays.includes(isoWeekday(date));
  const text: Text =
    count === 0
      ? {
          en: 'You have finished your program. Keep moving as your therapist advised.',
          es: 'Ha terminado su programa. Siga activo como le indicó su fisioterapeuta.',
        }
      : {
          en: `You have finished your program. To keep what you have gained, do your last exercises twice a week (${names('en')})${today ? ': today is one of those days' : ''}.`,
          es: `Ha terminado su programa. Para mantener lo conseguido, haga sus últimos ejercicios dos veces por semana (${names('es')})${today ? ': hoy es uno de esos días' : ''}.`,
        };
  return ruleDecision('maintenance.plan', 'status', text, {
    weekdays: weekdays.join(','),
    exercises: count,
    today,
  });
}

/** Whether `date` is a maintenance day. */
export function isMaintenanceDay(input: PlanInput, date: IsoDate): boolean {
  return maintenanceWeekdays(input).includes(isoWeekday(date));
}

/**
 * The check-in question 3 months after discharge (CLINICAL 5): asked of the patient, with a therapist task
 * to follow up the answer; it belongs to that day.
 */
export function maintenanceCheckInAlert(input: PlanInput, state: PhaseState, date: IsoDate): Alert | null {
  const dischargedOn = dischargeDate(input, state, date);
  if (!dischargedOn) return null;
  const after = input.protocol.gates.maintenance.checkInAfterDays;
  if (daysBetween(dischargedOn, date) < after) return null;
  const due = addDays(dischargedOn, after);
  return {
    key: `maintenance-check-in:${dischargedOn}`,
    kind: 'confirmation-needed',
    severity: 'info',
    date: due,
    exerciseId: null,
    ruleId: 'maintenance.check-in',
    message: {
      en: 'It is three months since you finished your program. How is your hip in everyday life? Please answer the check-in questions; your therapist has been told and will read your answers.',
      es: 'Han pasado tres meses desde que terminó su programa. ¿Cómo está su cadera en el día a día? Responda a las preguntas de seguimiento; se ha avisado a su fisioterapeuta, que leerá sus respuestas.',
    },
    physicianMessage: null,
    statusLine: null,
    therapistMessage: {
      en: `Three-month check-in after discharge (${dischargedOn}, due ${dateInWords(due).en}): ask how the hip is in everyday life and whether the maintenance sessions continue.`,
      es: `Revisión a los tres meses del alta (${dischargedOn}, prevista el ${dateInWords(due).es}): pregunte cómo está la cadera en el día a día y si siguen las sesiones de mantenimiento.`,
    },
    notifyTherapist: true,
  };
}

/** Whether the check-in is asked on `date`: due since 3 months after discharge, until it is answered. */
export function maintenanceCheckInDue(input: PlanInput, state: PhaseState, date: IsoDate): boolean {
  const dischargedOn = dischargeDate(input, state, date);
  if (!dischargedOn) return false;
  const due = addDays(dischargedOn, input.protocol.gates.maintenance.checkInAfterDays);
  if (date < due) return false;
  return between(input.history.maintenanceCheckIns, due, date).length === 0;
}

/** The questions of a check-in answered with the answer that reports trouble. */
export function checkInTroubles(
  checkIn: Pick<Screens['maintenanceCheckIn'], 'items'>,
  answers: ScreenAnswers,
): MaintenanceCheckInItem[] {
  return checkIn.items.filter(
    (item) => item.troubleAnswer !== null && answers.answers[item.id] === item.troubleAnswer,
  );
}

/**
 * A check-in answered after discharge that reports trouble (the pain back, or the hip limiting what the
 * patient wants to do) alerts the therapist, once per answer, on the answer's date.
 */
export function maintenanceTroubleAlert(input: PlanInput, state: PhaseState, date: IsoDate): Alert | null {
  const dischargedOn = dischargeDate(input, state, date);
  if (!dischargedOn) return null;
  const answered = between(input.history.maintenanceCheckIns, dischargedOn, date);
  const answer = [...answered]
    .reverse()
    .find((entry) => checkInTroubles(input.protocol.screens.maintenanceCheckIn, entry).length > 0);
  if (!answer) return null;
  const troubles = checkInTroubles(input.protocol.screens.maintenanceCheckIn, answer);
  const said = (locale: 'en' | 'es') =>
    troubles.map((item) => `"${item.question[locale]}" ${answerWord(item.troubleAnswer, locale)}`).join('; ');
  return {
    key: `maintenance-check-in-answer:${answer.date}`,
    kind: 'therapist-review',
    severity: 'warning',
    date: answer.date,
    exerciseId: null,
    ruleId: 'maintenance.check-in-answer',
    message: {
      en: 'Thank you for your answers. Your therapist has been told and will be in touch about your hip.',
      es: 'Gracias por sus respuestas. Se ha avisado a su fisioterapeuta, que se pondrá en contacto con usted por su cadera.',
    },
    physicianMessage: null,
    statusLine: {
      en: 'Your therapist has your check-in answers and will be in touch.',
      es: 'Su fisioterapeuta tiene sus respuestas de seguimiento y se pondrá en contacto.',
    },
    therapistMessage: {
      en: `Check-in after discharge (${answer.date}) reports trouble: ${said('en')}. Contact the patient; consider a new program.`,
      es: `El seguimiento tras el alta (${answer.date}) indica problemas: ${said('es')}. Contacte con el paciente; valore un nuevo programa.`,
    },
    notifyTherapist: true,
  };
}

function answerWord(answer: boolean | null, locale: 'en' | 'es'): string {
  if (locale === 'en') return answer ? 'yes' : 'no';
  return answer ? 'sí' : 'no';
}
