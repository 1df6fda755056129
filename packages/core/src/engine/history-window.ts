import type { IsoDate } from '../calendar/calendar.js';

interface Dated {
  readonly date: IsoDate;
}

/**
 * Index of the first entry dated after `date` in a list sorted by date. Binary search keeps the engine's
 * cost tied to the window its rules look at, not to the length of the history.
 */
export function endIndexAfter(list: readonly Dated[], date: IsoDate): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const entry = list[middle];
    if (entry !== undefined && entry.date <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first entry dated on or after `date`. */
export function startIndexFrom(list: readonly Dated[], date: IsoDate): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const entry = list[middle];
    if (entry !== undefined && entry.date < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Entries dated from `from` to `to`, both included. */
export function between<T extends Dated>(list: readonly T[], from: IsoDate, to: IsoDate): readonly T[] {
  if (to < from) return [];
  return list.slice(startIndexFrom(list, from), endIndexAfter(list, to));
}

/** The last entry dated on or before `date`, if any. */
export function latestOnOrBefore<T extends Dated>(list: readonly T[], date: IsoDate): T | undefined {
  return list[endIndexAfter(list, date) - 1];
}

/** Entries dated exactly `date`. */
export function onDate<T extends Dated>(list: readonly T[], date: IsoDate): readonly T[] {
  return between(list, date, date);
}

/** True when every list is sorted by date, oldest first; the engine relies on it. */
export function isSortedByDate(list: readonly Dated[]): boolean {
  for (let index = 1; index < list.length; index += 1) {
    const previous = list[index - 1];
    const current = list[index];
    if (previous !== undefined && current !== undefined && previous.date > current.date) return false;
  }
  return true;
}
