import { addDays, type IsoDate } from '../calendar/calendar.js';

/** Why a date sent from a device cannot be stored, naming the rule; null when it can. */
export type LogDateProblem =
  | { rule: 'future'; latest: IsoDate }
  | { rule: 'before-start'; earliest: IsoDate };

/**
 * Whether a device may record something on `date`: not after the patient's today (a day's slack, since a
 * phone's zone may be ahead of the one on record) and not before `earliest` (the program's start for a
 * session log, the injury date for check-ins, screens and PSFS).
 *
 * @example
 * logDateProblem('2026-03-12', { today: '2026-03-10', earliest: '2026-03-01' }); // { rule: 'future', latest: '2026-03-11' }
 */
export function logDateProblem(
  date: IsoDate,
  limits: { today: IsoDate; earliest: IsoDate },
): LogDateProblem | null {
  const latest = addDays(limits.today, 1);
  if (date > latest) return { rule: 'future', latest };
  if (date < limits.earliest) return { rule: 'before-start', earliest: limits.earliest };
  return null;
}
