import type { CheckIn, History, PsfsEntry, ScreenAnswers, SessionLog } from './history.js';

/** A record a patient's device adds to the history, with the list it belongs to. */
export type HistoryAddition =
  | { list: 'sessionLogs'; entry: SessionLog }
  | { list: 'checkIns'; entry: CheckIn }
  | {
      list: 'redFlagScreens' | 'tendinopathyScreens' | 'fallsScreens' | 'maintenanceCheckIns';
      entry: ScreenAnswers;
    }
  | { list: 'psfs'; entry: PsfsEntry };

/** Where an entry of `date` goes in a list sorted by date: after every entry of that date or earlier. */
function insertionIndex(list: readonly { date: string }[], date: string): number {
  let index = list.length;
  while (index > 0 && (list[index - 1]?.date ?? '') > date) index -= 1;
  return index;
}

/**
 * The history with one newly stored record in its place: after every entry of its date or earlier, as a
 * full read sorted by date and then by time of storing would place it. The history given is not changed;
 * lists the record does not touch are shared with it.
 *
 * @example
 * const next = withRecord(history, { list: 'checkIns', entry: checkIn });
 * next.checkIns.at(-1) === checkIn; // when no later-dated check-in was stored before
 */
export function withRecord(history: History, addition: HistoryAddition): History {
  const list: readonly { date: string }[] = history[addition.list];
  const index = insertionIndex(list, addition.entry.date);
  return {
    ...history,
    [addition.list]: [...list.slice(0, index), addition.entry, ...list.slice(index)],
  };
}
