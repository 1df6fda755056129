import { type IsoDate, isoWeekday } from '../calendar/calendar.js';
import type { PhaseNumber } from '../protocol/types.js';
import { type PlanInput, resistanceWeekdays } from './context.js';
import { ruleDecision } from './decision.js';
import type { Decision } from './plan.js';

const WEEKDAY_NAMES = {
  en: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  es: ['', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
} as const;

/**
 * Resistance work runs on fixed weekdays with a rest day between (CLINICAL 5: 3 days a week, never two
 * days running). Fixed days make the schedule predictable for the patient and the calendar feed.
 */
export function resistanceDay(
  input: PlanInput,
  phase: PhaseNumber,
  date: IsoDate,
): { isResistanceDay: boolean; decision: Decision | null } {
  if (phase < 2) return { isResistanceDay: false, decision: null };
  const weekdays = resistanceWeekdays(input);
  const weekday = isoWeekday(date);
  const isResistanceDay = weekdays.includes(weekday);
  const names = (locale: 'en' | 'es') => weekdays.map((day) => WEEKDAY_NAMES[locale][day]).join(', ');
  return {
    isResistanceDay,
    decision: ruleDecision(
      'schedule.resistance-day',
      'schedule',
      isResistanceDay
        ? { en: `Today is a strength day (${names('en')}).`, es: `Hoy toca fuerza (${names('es')}).` }
        : {
            en: `No strength work today: muscles recover between strength days (${names('en')}).`,
            es: `Hoy no toca fuerza: el músculo se recupera entre días de fuerza (${names('es')}).`,
          },
      { weekday, resistanceWeekdays: weekdays.join(',') },
    ),
  };
}

/** True when no two weekdays are consecutive, Sunday to Monday included. */
export function hasNoConsecutiveWeekdays(weekdays: readonly number[]): boolean {
  const days = new Set(weekdays);
  return [...days].every((day) => !days.has(day === 7 ? 1 : day + 1));
}
