/**
 * Calendar dates as the patient lives them: `YYYY-MM-DD` strings in the patient's own time zone.
 * Arithmetic goes through whole day numbers so no clock, time zone or daylight-saving shift enters the engine.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MILLISECONDS_PER_DAY = 86_400_000;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  const time = Date.UTC(Number(year), Number(month) - 1, Number(day));
  return new Date(time).toISOString().slice(0, 10) === value;
}

/**
 * Days since 1970-01-01 for a calendar date.
 * @example dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  return Math.round(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MILLISECONDS_PER_DAY,
  );
}

/** @example fromDayNumber(1) // '1970-01-02' */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/** @example addDays('2026-02-27', 2) // '2026-03-01' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function isoWeekday(date: IsoDate): number {
  const weekday = new Date(dayNumber(date) * MILLISECONDS_PER_DAY).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}
