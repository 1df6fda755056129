import type { IsoDate } from '@minimus/core';

/** Today's calendar date where the phone is, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): IsoDate {
  const year = now.getFullYear();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/** A date for people, e.g. "Tue 3 Mar" or "mar 3 mar". */
export function formatDay(date: IsoDate, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const value = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(value);
}

/** A new id for a record made on this device; the server recognises a replay by it. */
export function newClientId(): string {
  return crypto.randomUUID();
}
