import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { ScreenAnswers } from '../history/history.js';
import type { PlanInput } from './context.js';
import { endIndexAfter, latestOnOrBefore, onDate } from './history-window.js';
import type { ScreensDue } from './plan.js';
import { setbacksDetectedBetween } from './setbacks.js';

function olderThan(date: IsoDate | undefined, today: IsoDate, days: number): boolean {
  return date === undefined || daysBetween(date, today) >= days;
}

interface Asked {
  screen: ScreenAnswers;
  index: number;
}

/** The latest screen up to `date` that asked any of `ids` (an item not asked is absent from its answers). */
function latestAsking(input: PlanInput, date: IsoDate, ids: readonly string[]): Asked | undefined {
  const screens = input.history.redFlagScreens;
  for (let index = endIndexAfter(screens, date) - 1; index >= 0; index -= 1) {
    const screen = screens[index];
    if (screen && ids.some((id) => id in screen.answers)) return { screen, index };
  }
  return undefined;
}

/**
 * Which questionnaires to ask today (CLINICAL 4a): the morning check-in daily; safety tiers A and B weekly
 * and after every setback; tiers C and D once, and again after a yes to the monthly "has anything changed
 * in your health?" question; the tendinopathy screen and PSFS on their own rhythm.
 */
export function screensDue(input: PlanInput, date: IsoDate): ScreensDue {
  const { screens, outcomes } = input.protocol;
  const items = screens.redFlag.items;
  const weeklyIds = items.filter((item) => item.weekly).map((item) => item.id);
  const historyIds = items.filter((item) => !item.weekly).map((item) => item.id);
  const healthChange = screens.redFlag.healthChange;
  const lastWeekly = latestAsking(input, date, weeklyIds)?.screen.date;
  const setbackSinceScreen =
    lastWeekly !== undefined && setbacksDetectedBetween(input, addDays(lastWeekly, 1), date).length > 0;
  const lastHistory = latestAsking(input, date, historyIds);
  const lastHealthQuestion = latestAsking(input, date, [healthChange.id]);
  // A yes reopens C and D until a screen at or after it has asked them again.
  const healthChanged =
    lastHealthQuestion !== undefined &&
    lastHealthQuestion.screen.answers[healthChange.id] === true &&
    (lastHistory === undefined || lastHistory.index < lastHealthQuestion.index);
  const lastAskedAboutHealth = [lastHistory?.screen.date, lastHealthQuestion?.screen.date]
    .filter((value): value is IsoDate => value !== undefined)
    .sort()
    .at(-1);
  return {
    checkIn: onDate(input.history.checkIns, date).length === 0,
    redFlagScreen: olderThan(lastWeekly, date, screens.redFlag.repeatEveryDays) || setbackSinceScreen,
    historyScreen: historyIds.length > 0 && (lastHistory === undefined || healthChanged),
    healthChange:
      lastHistory !== undefined &&
      !healthChanged &&
      olderThan(lastAskedAboutHealth, date, healthChange.repeatEveryDays),
    tendinopathyScreen: olderThan(
      latestOnOrBefore(input.history.tendinopathyScreens, date)?.date,
      date,
      screens.tendinopathy.repeatEveryDays,
    ),
    fallsScreen: latestOnOrBefore(input.history.fallsScreens, date) === undefined,
    maintenanceCheckIn: false,
    psfs: olderThan(latestOnOrBefore(input.history.psfs, date)?.date, date, outcomes.psfs.repeatEveryDays),
  };
}
