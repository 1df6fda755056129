import {
  addDays,
  type DayPlan,
  doseInWords,
  type IsoDate,
  type Locale,
  type PlannedExercise,
  PRINT_WORDING,
  type Prescription,
  planDays,
  sideInWords,
} from '@minimus/core';
import {
  ExportInputError,
  type PatientRecord,
  requireDate,
  requireMatchingProtocol,
} from '../patient-record.js';
import { exerciseName } from '../text/exercise-text.js';

export interface CalendarEventsInput {
  record: PatientRecord;
  /** First day of the feed: the patient's today, in their time zone. */
  from: IsoDate;
  weeks: number;
  locale: Locale;
  /** Local wall-clock time of the daily session, `HH:MM`. */
  sessionTime: string;
  /** Local time of the second round of twice-daily exercises, `HH:MM`. */
  secondRoundTime: string;
}

/** One calendar entry: a session on a local date and wall-clock time in the patient's zone. */
export interface CalendarEvent {
  uid: string;
  date: IsoDate;
  /** `HH:MM`, local to `timeZone`. */
  startTime: string;
  durationMinutes: number;
  timeZone: string;
  isResistanceDay: boolean;
  summary: string;
  description: string;
}

const MAX_WEEKS = 26;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function requireTime(value: string, what: string): string {
  if (!TIME.test(value)) throw new ExportInputError('export.invalid-time', `${what} is not HH:MM: ${value}`);
  return value;
}

/** A generous estimate so the calendar blocks enough time: work, rests, and a minute to get in position. */
export function estimatedSeconds(prescription: Prescription): number {
  const secondsPerRep = prescription.holdSeconds ?? 3;
  const perSet = prescription.reps === null ? secondsPerRep : prescription.reps * secondsPerRep;
  const rests = Math.max(0, prescription.sets - 1) * prescription.restSecondsBetweenSets;
  return prescription.sets * perSet + rests + 60;
}

function durationMinutes(exercises: readonly PlannedExercise[]): number {
  const seconds = exercises.reduce((sum, exercise) => sum + estimatedSeconds(exercise.prescription), 0);
  return Math.max(10, Math.ceil(seconds / 60 / 5) * 5);
}

const SUMMARY = {
  session: { en: 'Hip exercises', es: 'Ejercicios de cadera' },
  strength: { en: 'Hip exercises + strength', es: 'Ejercicios de cadera + fuerza' },
  secondRound: { en: 'Hip exercises, second round', es: 'Ejercicios de cadera, segunda tanda' },
  strengthLine: {
    en: 'Strength day: includes the strength exercises.',
    es: 'Día de fuerza: incluye los ejercicios de fuerza.',
  },
  note: {
    en: 'Planned from your records so far. Open the app before you start: the plan adapts to how you feel.',
    es: 'Planificado con sus registros hasta ahora. Abra la aplicación antes de empezar: el plan se adapta a cómo se encuentra.',
  },
} as const;

function description(
  record: PatientRecord,
  exercises: readonly PlannedExercise[],
  strength: boolean,
  locale: Locale,
): string {
  const lines = exercises.map((exercise) => {
    const name = exerciseName(record.protocol, exercise.exerciseId, locale);
    const dose = doseInWords(exercise.prescription, locale, PRINT_WORDING);
    return `- ${name}: ${dose} (${sideInWords(exercise.side, locale)})`;
  });
  return [...(strength ? [SUMMARY.strengthLine[locale]] : []), ...lines, '', SUMMARY.note[locale]].join('\n');
}

function eventsForDay(input: CalendarEventsInput, plan: DayPlan): CalendarEvent[] {
  const { record, locale } = input;
  if (plan.status !== 'active' || plan.exercises.length === 0) return [];
  const timeZone = record.program.timeZone;
  const uidBase = `${record.patient.id}-${plan.date}`;
  const events: CalendarEvent[] = [
    {
      uid: `${uidBase}-session@minimus`,
      date: plan.date,
      startTime: input.sessionTime,
      durationMinutes: durationMinutes(plan.exercises),
      timeZone,
      isResistanceDay: plan.isResistanceDay,
      summary: SUMMARY[plan.isResistanceDay ? 'strength' : 'session'][locale],
      description: description(record, plan.exercises, plan.isResistanceDay, locale),
    },
  ];
  const twiceDaily = plan.exercises.filter((exercise) => exercise.prescription.timesPerDay >= 2);
  if (twiceDaily.length > 0) {
    events.push({
      uid: `${uidBase}-second-round@minimus`,
      date: plan.date,
      startTime: input.secondRoundTime,
      durationMinutes: durationMinutes(twiceDaily),
      timeZone,
      isResistanceDay: false,
      summary: SUMMARY.secondRound[locale],
      description: description(record, twiceDaily, false, locale),
    });
  }
  return events;
}

/**
 * The sessions of the coming weeks as the engine plans them from the records so far, one entry per
 * session (a second entry on days with twice-daily exercises). UIDs depend only on patient, date and round,
 * so a calendar that refreshes the feed updates entries instead of duplicating them.
 *
 * @example
 * calendarEvents({ record, from: '2026-03-23', weeks: 6, locale: 'en', sessionTime: '18:00', secondRoundTime: '09:00' });
 */
export function calendarEvents(input: CalendarEventsInput): CalendarEvent[] {
  requireMatchingProtocol(input.record);
  requireDate(input.from, 'from');
  requireTime(input.sessionTime, 'sessionTime');
  requireTime(input.secondRoundTime, 'secondRoundTime');
  if (!Number.isInteger(input.weeks) || input.weeks < 1 || input.weeks > MAX_WEEKS) {
    throw new ExportInputError('export.invalid-range', `weeks must be a whole number from 1 to ${MAX_WEEKS}`);
  }
  const { protocol, program, history } = input.record;
  const plans = planDays(
    { protocol, program, history },
    input.from,
    addDays(input.from, input.weeks * 7 - 1),
  );
  return plans.flatMap((plan) => eventsForDay(input, plan));
}
