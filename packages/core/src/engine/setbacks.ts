import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { CheckIn, SessionLog } from '../history/history.js';
import type { PlanInput } from './context.js';
import { between, onDate } from './history-window.js';

/** Next-morning pain at least `nextMorningRise` above the pre-session baseline (Farrar 2001: 2 points). */
export interface Setback {
  sessionDate: IsoDate;
  detectedOn: IsoDate;
  baselinePain: number;
  nextMorningPain: number;
}

/** The pre-session pain of a day: the first session's baseline, the one the next morning is compared with. */
export function baselineOf(sessions: readonly SessionLog[]): number | null {
  return sessions[0]?.baselinePain ?? null;
}

function setbackFromCheckIn(input: PlanInput, checkIn: CheckIn): Setback | null {
  if (checkIn.nextMorningPain === null) return null;
  const sessionDate = addDays(checkIn.date, -1);
  const baselinePain = baselineOf(onDate(input.history.sessionLogs, sessionDate));
  if (baselinePain === null) return null;
  if (checkIn.nextMorningPain < baselinePain + input.protocol.pain.nextMorningRise) return null;
  return { sessionDate, detectedOn: checkIn.date, baselinePain, nextMorningPain: checkIn.nextMorningPain };
}

/** Setbacks whose next-morning check-in falls between `from` and `to`. */
export function setbacksDetectedBetween(input: PlanInput, from: IsoDate, to: IsoDate): Setback[] {
  const found: Setback[] = [];
  for (const checkIn of between(input.history.checkIns, from, to)) {
    const setback = setbackFromCheckIn(input, checkIn);
    if (setback && !found.some((seen) => seen.sessionDate === setback.sessionDate)) found.push(setback);
  }
  return found;
}

/** The next-morning verdict on the sessions of `sessionDate`, if the next morning has been logged by `today`. */
export type NextMorning =
  | { kind: 'setback'; setback: Setback }
  | { kind: 'settled'; nextMorningPain: number; baselinePain: number }
  | { kind: 'awaiting' }
  | { kind: 'missing' };

export function nextMorningAfter(input: PlanInput, sessionDate: IsoDate, today: IsoDate): NextMorning {
  const morning = addDays(sessionDate, 1);
  if (morning > today) return { kind: 'awaiting' };
  const checkIns = onDate(input.history.checkIns, morning).filter(
    (checkIn) => checkIn.nextMorningPain !== null,
  );
  const checkIn = checkIns[0];
  if (!checkIn) return morning === today ? { kind: 'awaiting' } : { kind: 'missing' };
  const setback = setbackFromCheckIn(input, checkIn);
  if (setback) return { kind: 'setback', setback };
  const baselinePain = baselineOf(onDate(input.history.sessionLogs, sessionDate)) ?? 0;
  return { kind: 'settled', nextMorningPain: checkIn.nextMorningPain ?? 0, baselinePain };
}
