import type { History } from './history.js';

function byDate<T extends { date: string }>(list: readonly T[]): T[] {
  return [...list].sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
}

/**
 * The history with every list sorted by date, oldest first, as the engine expects. The sort is stable, so
 * entries of one day keep the order they were recorded in.
 */
export function sortHistory(history: History): History {
  return {
    checkIns: byDate(history.checkIns),
    sessionLogs: byDate(history.sessionLogs),
    redFlagScreens: byDate(history.redFlagScreens),
    tendinopathyScreens: byDate(history.tendinopathyScreens),
    fallsScreens: byDate(history.fallsScreens),
    maintenanceCheckIns: byDate(history.maintenanceCheckIns),
    psfs: byDate(history.psfs),
    strengthTests: byDate(history.strengthTests),
    outcomeScores: byDate(history.outcomeScores),
  };
}

export const EMPTY_HISTORY: History = {
  checkIns: [],
  sessionLogs: [],
  redFlagScreens: [],
  tendinopathyScreens: [],
  fallsScreens: [],
  maintenanceCheckIns: [],
  psfs: [],
  strengthTests: [],
  outcomeScores: [],
};
