import type { IsoDate } from '@minimus/core';

interface ZoneDay {
  format: Intl.DateTimeFormat;
  /** The last minute asked about (minutes since 1970, UTC) and the date it was in this zone. */
  minute: number;
  date: IsoDate;
}

const zoneDays = new Map<string, ZoneDay>();

/**
 * The calendar date it is now in a time zone. Each zone's formatter is built once, and its answer is
 * kept for the rest of the minute: every zone in use today is a whole number of minutes from UTC, so a
 * date cannot change within one.
 */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  const minute = Math.floor(now.getTime() / 60_000);
  let zone = zoneDays.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zone = { format, minute: Number.NaN, date: '' };
    zoneDays.set(timeZone, zone);
  }
  if (zone.minute !== minute) {
    zone.date = zone.format.format(now);
    zone.minute = minute;
  }
  return zone.date;
}
