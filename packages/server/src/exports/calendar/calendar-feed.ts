import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalAlarmType } from 'ical-generator';
import { DateTime } from 'luxon';
import { requireTimeZone } from '../patient-record.js';
import { type CalendarEvent, type CalendarEventsInput, calendarEvents } from './calendar-events.js';

export interface CalendarFeedInput extends CalendarEventsInput {
  /** When the feed is produced, written as each entry's DTSTAMP; passed in so the output is reproducible. */
  generatedAt: Date;
  /**
   * The patient's daily reminder time (`HH:MM`), if they chose one: sessions are then placed at that
   * time, each with an alarm (VALARM) as it starts, so the phone's calendar reminds at the same moment
   * the app's reminder is sent.
   */
  reminderTime?: string | null;
}

const ALARM_TEXT = { en: "Time for today's exercises", es: 'Es hora de los ejercicios de hoy' } as const;

const CALENDAR_NAME = { en: 'Hip exercises', es: 'Ejercicios de cadera' } as const;

/**
 * A zoned date-time for the patient's wall clock. ical-generator formats a plain `Date` with the server's
 * own zone under the TZID, so times would drift by the server's offset; a zoned Luxon value is written
 * as the local time it names.
 */
function localDateTime(event: CalendarEvent): DateTime {
  const local = DateTime.fromISO(`${event.date}T${event.startTime}`, { zone: event.timeZone });
  if (!local.isValid)
    throw new RangeError(`cannot place ${event.date} ${event.startTime} in ${event.timeZone}`);
  return local;
}

/**
 * The iCalendar (RFC 5545) subscription feed of a patient's coming sessions, in their time zone with its
 * VTIMEZONE definition so phones show the right local time across daylight-saving changes.
 *
 * @example
 * const ics = calendarFeed({ record, from: '2026-03-23', weeks: 6, locale: 'es', sessionTime: '18:00',
 *   secondRoundTime: '09:00', generatedAt: new Date('2026-03-23T06:00:00Z') });
 */
export function calendarFeed(input: CalendarFeedInput): string {
  const timeZone = requireTimeZone(input.record.program.timeZone);
  // The zone is set per entry, not on the calendar: with a calendar zone ical-generator writes DTSTAMP as
  // a local time without "Z", which RFC 5545 (3.8.7.2) forbids. The VTIMEZONE is added below instead.
  const calendar = ical({
    name: CALENDAR_NAME[input.locale],
    prodId: { company: 'Minimus', product: 'Home exercise program', language: input.locale.toUpperCase() },
    x: { 'X-WR-TIMEZONE': timeZone },
  });
  const sessionTime = input.reminderTime ?? input.sessionTime;
  for (const event of calendarEvents({ ...input, sessionTime })) {
    const start = localDateTime(event);
    const entry = calendar.createEvent({
      id: event.uid,
      start,
      end: start.plus({ minutes: event.durationMinutes }),
      timezone: timeZone,
      stamp: input.generatedAt,
      summary: event.summary,
      description: event.description,
      categories: event.isResistanceDay ? [{ name: 'STRENGTH' }] : [],
    });
    if (input.reminderTime && event.startTime === input.reminderTime) {
      entry.createAlarm({ type: ICalAlarmType.display, trigger: 0, description: ALARM_TEXT[input.locale] });
    }
  }
  return withTimeZoneDefinition(calendar.toString(), timeZone);
}

/** Puts the zone's VTIMEZONE before the first entry, so clients need no zone database of their own. */
function withTimeZoneDefinition(ics: string, timeZone: string): string {
  const definition = getVtimezoneComponent(timeZone);
  if (!definition) return ics;
  // The bundled definitions use bare LF; RFC 5545 (3.1) wants CRLF after every content line.
  const block = `${definition.trimEnd().split(/\r?\n/).join('\r\n')}\r\n`;
  const at = ics.indexOf('BEGIN:VEVENT');
  const position = at >= 0 ? at : ics.indexOf('END:VCALENDAR');
  return `${ics.slice(0, position)}${block}${ics.slice(position)}`;
}
