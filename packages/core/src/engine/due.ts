import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { PlanInput } from './context.js';
import { latestOnOrBefore, onDate } from './history-window.js';
import type { ScreensDue } from './plan.js';
import { setbacksDetectedBetween } from './setbacks.js';

function olderThan(date: IsoDate | undefined, today: IsoDate, days: number): boolean {
  return date === undefined || daysBetween(date, today) >= days;
}

/** Which questionnaires to ask today: the morning check-in daily, screens weekly, PSFS every two weeks. */
export function screensDue(input: PlanInput, date: IsoDate): ScreensDue {
  const { screens, outcomes } = input.protocol;
  const lastRedFlag = latestOnOrBefore(input.history.redFlagScreens, date)?.date;
  const setbackSinceScreen =
    lastRedFlag !== undefined && setbacksDetectedBetween(input, addDays(lastRedFlag, 1), date).length > 0;
  return {
    checkIn: onDate(input.history.checkIns, date).length === 0,
    redFlagScreen: olderThan(lastRedFlag, date, screens.redFlag.repeatEveryDays) || setbackSinceScreen,
    tendinopathyScreen: olderThan(
      latestOnOrBefore(input.history.tendinopathyScreens, date)?.date,
      date,
      screens.tendinopathy.repeatEveryDays,
    ),
    psfs: olderThan(latestOnOrBefore(input.history.psfs, date)?.date, date, outcomes.psfs.repeatEveryDays),
  };
}
