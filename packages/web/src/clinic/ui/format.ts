import type { IsoDate } from '@minimus/core';
import { formatDay } from '../../shared/dates.js';

/**
 * A share (0-1) as a per cent the way the language writes it.
 * @example percent(0.75, 'es') // '75 %'
 */
export function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A calendar date for a table cell, e.g. "Tue 3 Mar". */
export function formatShortDate(date: IsoDate, locale: string): string {
  return formatDay(date, locale);
}

/** A server timestamp in the reader's local time. */
export function formatTimestamp(at: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

/**
 * A number with at most one decimal, as the language writes it.
 * @example oneDecimal(2.25, 'es') // '2,3'
 */
export function oneDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}
