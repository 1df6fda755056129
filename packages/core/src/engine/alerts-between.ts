import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { History } from '../history/history.js';
import type { PlanInput } from './context.js';
import type { Alert, DayPlan } from './plan.js';
import { planDays } from './plan-day.js';

/**
 * The alerts of a run of plans, one per key: an event shown on several days (a flare's week) is one
 * alert, as of the latest plan that shows it. What a server files after a write, so an event is alerted
 * once whichever day's plan first shows it.
 *
 * @example
 * alertsOfPlans(planDays(input, '2026-03-01', '2026-03-10')).map((alert) => alert.key);
 */
export function alertsOfPlans(plans: readonly Pick<DayPlan, 'alerts'>[]): Alert[] {
  const byKey = new Map<string, Alert>();
  for (const plan of plans) for (const alert of plan.alerts) byKey.set(alert.key, alert);
  return [...byKey.values()];
}

/**
 * Every alert raised from `from` to `to`: what data dated `from` (a phone that synced late, a back-filled
 * paper log) can have caused, up to today. An alert belongs to the date of its data (CLINICAL 6), so late
 * data alerts the therapist once, and a later change to the same event keeps its key.
 *
 * @example
 * alertsBetween({ protocol, program, history }, '2026-03-01', '2026-03-11');
 */
export function alertsBetween(input: Omit<PlanInput, 'date'>, from: IsoDate, to: IsoDate): Alert[] {
  if (from > to) return [];
  return alertsOfPlans(planDays(input, from, to));
}

/** The date of the latest record a patient's device stored (logs, check-ins, screens, PSFS), if any. */
export function latestDeviceRecordDate(history: History): IsoDate | null {
  const dates = [
    history.checkIns,
    history.sessionLogs,
    history.redFlagScreens,
    history.tendinopathyScreens,
    history.fallsScreens,
    history.maintenanceCheckIns,
    history.psfs,
  ]
    .map((list) => list.at(-1)?.date)
    .filter((date): date is IsoDate => date !== undefined)
    .sort();
  return dates.at(-1) ?? null;
}

/**
 * The first date whose plans a write of a record dated `recordDate` must file alerts from: the record's
 * own date, or the day after the latest record stored before it when that is earlier, so an event of a
 * day on which nothing was written (a drop the 14-day rule allowed, a flare's 14-day check) is filed
 * by the next write, whatever the program's state by then. Never before the program starts.
 *
 * @example
 * firstDateToFile(history, '2026-03-10', '2026-03-02'); // '2026-03-08' when the last record was of 7 March
 */
export function firstDateToFile(history: History, recordDate: IsoDate, startDate: IsoDate): IsoDate {
  const latest = latestDeviceRecordDate(history);
  const afterLatest = latest === null ? recordDate : addDays(latest, 1);
  const first = afterLatest < recordDate ? afterLatest : recordDate;
  return first < startDate ? startDate : first;
}
