import type { Text } from '../protocol/types.js';
import { type IsoDate, isoWeekday } from './calendar.js';

const WEEKDAYS = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
} as const;

const MONTHS = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
} as const;

/**
 * A calendar date as patients read it, in both languages: no ISO dates in anything a patient reads.
 *
 * @example
 * dateInWords('2026-03-02'); // { en: 'Monday 2 March', es: 'lunes 2 de marzo' }
 */
export function dateInWords(date: IsoDate): Text {
  const weekday = isoWeekday(date) - 1;
  const month = Number(date.slice(5, 7)) - 1;
  const day = Number(date.slice(8, 10));
  return {
    en: `${WEEKDAYS.en[weekday]} ${day} ${MONTHS.en[month]}`,
    es: `${WEEKDAYS.es[weekday]} ${day} de ${MONTHS.es[month]}`,
  };
}
