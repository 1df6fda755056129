import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calmRecord, redFlagRecord } from '../../../test/support/test-records.js';
import { ExportInputError } from '../patient-record.js';
import { calendarEvents } from './calendar-events.js';
import { type CalendarFeedInput, calendarFeed } from './calendar-feed.js';

interface ParsedEvent {
  uid: string;
  tzid: string | null;
  localDate: string;
  localTime: string;
  utc: string;
  summary: string;
  categories: string[];
}

/** Reads a feed back with ical.js, an independent parser, using the VTIMEZONE the feed itself carries. */
function parseFeed(ics: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    const pad = (value: number) => String(value).padStart(2, '0');
    return {
      uid: event.uid,
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid')?.toString() ?? null,
      localDate: `${start.year}-${pad(start.month)}-${pad(start.day)}`,
      localTime: `${pad(start.hour)}:${pad(start.minute)}`,
      utc: start.toJSDate().toISOString(),
      summary: event.summary,
      categories: component
        .getAllProperties('categories')
        .flatMap((property) => property.getValues().map(String)),
    };
  });
}

function feedInput(overrides: Partial<CalendarFeedInput> = {}): CalendarFeedInput {
  return {
    record: calmRecord(),
    from: '2026-03-23',
    weeks: 2,
    locale: 'en',
    sessionTime: '18:00',
    secondRoundTime: '09:00',
    generatedAt: new Date('2026-03-22T06:00:00Z'),
    ...overrides,
  };
}

describe('calendarFeed local times', () => {
  it.each([
    // Europe/Berlin moves from CET (UTC+1) to CEST (UTC+2) on 2026-03-29.
    {
      timeZone: 'Europe/Berlin',
      from: '2026-03-26',
      before: '2026-03-28',
      after: '2026-03-30',
      utcBefore: '17:00',
      utcAfter: '16:00',
    },
    // America/New_York moves from EST (UTC-5) to EDT (UTC-4) on 2026-03-08.
    {
      timeZone: 'America/New_York',
      from: '2026-03-05',
      before: '2026-03-07',
      after: '2026-03-09',
      utcBefore: '23:00',
      utcAfter: '22:00',
    },
    // And back: Berlin leaves summer time on 2026-10-25.
    {
      timeZone: 'Europe/Berlin',
      from: '2026-10-22',
      before: '2026-10-24',
      after: '2026-10-26',
      utcBefore: '16:00',
      utcAfter: '17:00',
    },
  ])('keeps sessions at 18:00 in $timeZone across the change after $before', (zone) => {
    const record = calmRecord({ timeZone: zone.timeZone, injuryDate: '2026-02-20', days: 12 });
    const events = parseFeed(calendarFeed(feedInput({ record, from: zone.from, weeks: 1 })));
    const sessions = events.filter((event) => event.uid.endsWith('-session@minimus'));
    expect(sessions).toHaveLength(7);
    for (const event of sessions) {
      expect(event.tzid).toBe(zone.timeZone);
      expect(event.localTime).toBe('18:00');
    }
    const utcOf = (date: string) => sessions.find((event) => event.localDate === date)?.utc.slice(11, 16);
    expect(utcOf(zone.before)).toBe(zone.utcBefore);
    expect(utcOf(zone.after)).toBe(zone.utcAfter);
  });
});

describe('calendarFeed entries', () => {
  it('gives each session a UID that stays the same when the feed is produced again a day later', () => {
    const first = parseFeed(calendarFeed(feedInput({ from: '2026-03-23' })));
    const second = parseFeed(
      calendarFeed(feedInput({ from: '2026-03-24', generatedAt: new Date('2026-03-23T06:00:00Z') })),
    );
    const uidsOn = (events: ParsedEvent[], date: string) =>
      events.filter((event) => event.localDate === date).map((event) => event.uid);
    expect(new Set(first.map((event) => event.uid)).size).toBe(first.length);
    for (const date of ['2026-03-24', '2026-03-30', '2026-04-05']) {
      expect(uidsOn(second, date)).toHaveLength(1);
      expect(uidsOn(second, date)).toEqual(uidsOn(first, date));
    }
  });

  it('adds a second round at its own time on the days a twice-daily exercise is planned', () => {
    // Two days in: the light isometrics are still at their twice-daily stages (one step per 48 h).
    const record = calmRecord({ condition: 'tendinopathy', days: 2 });
    const events = parseFeed(calendarFeed(feedInput({ record, from: '2026-03-03', weeks: 1 })));
    const rounds = events.filter((event) => event.uid.endsWith('-second-round@minimus'));
    expect(rounds).toHaveLength(7);
    for (const round of rounds) expect(round.localTime).toBe('09:00');
  });

  it('plans no session while a red flag has the program suspended', () => {
    expect(calendarEvents(feedInput({ record: redFlagRecord(), from: '2026-03-21', weeks: 2 }))).toEqual([]);
  });

  it('writes titles and descriptions in the patient language', () => {
    const ics = calendarFeed(feedInput({ locale: 'es' }));
    const [event] = parseFeed(ics);
    expect(event?.summary).toMatch(/^Ejercicios de cadera/);
    expect(ics).toContain('repeticiones');
  });

  it('marks the strength days in the title and the categories, and only those', () => {
    const record = calmRecord({ days: 40 });
    const sessions = parseFeed(calendarFeed(feedInput({ record, from: '2026-04-01', weeks: 2 }))).filter(
      (event) => event.uid.endsWith('-session@minimus'),
    );
    const strength = sessions.filter((event) => event.categories.includes('STRENGTH'));
    expect(strength.length).toBeGreaterThan(0);
    for (const event of sessions) {
      const weekday = new Date(`${event.localDate}T12:00:00Z`).getUTCDay();
      const isStrengthWeekday = [1, 3, 5].includes(weekday);
      expect(event.categories.includes('STRENGTH')).toBe(isStrengthWeekday);
      expect(event.summary.includes('strength')).toBe(isStrengthWeekday);
    }
  });

  it('writes DTSTAMP in UTC, as RFC 5545 requires, whatever the patient zone', () => {
    const ics = calendarFeed(feedInput({ generatedAt: new Date('2026-03-22T06:30:00Z') }));
    const stamps = ics.split('\r\n').filter((line) => line.startsWith('DTSTAMP'));
    expect(stamps.length).toBeGreaterThan(0);
    for (const stamp of stamps) expect(stamp).toBe('DTSTAMP:20260322T063000Z');
  });

  it('ends every line with CRLF, the time zone definition included', () => {
    const ics = calendarFeed(feedInput());
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes the same bytes for the same input', () => {
    expect(calendarFeed(feedInput())).toBe(calendarFeed(feedInput()));
  });
});

describe('calendarFeed bad input', () => {
  it.each([
    [{ sessionTime: '25:00' }, 'export.invalid-time'],
    [{ secondRoundTime: '9am' }, 'export.invalid-time'],
    [{ from: '2026-02-30' }, 'export.invalid-date'],
    [{ weeks: 0 }, 'export.invalid-range'],
    [{ weeks: 2.5 }, 'export.invalid-range'],
  ] as const)('refuses %j with %s', (overrides, code) => {
    expect(() => calendarFeed(feedInput(overrides))).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a time zone the runtime does not know', () => {
    const record = calmRecord();
    const broken = { ...record, program: { ...record.program, timeZone: 'Mars/Olympus_Mons' } };
    expect(() => calendarFeed(feedInput({ record: broken }))).toThrow(ExportInputError);
  });
});

describe('calendarFeed reminder alarms', () => {
  /** Each entry's alarm, as the instant it rings (ical.js resolves the trigger against the zoned start). */
  function alarms(ics: string): { utc: string; localTime: string; description: string }[] {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    return calendar.getAllSubcomponents('vevent').flatMap((component) =>
      component.getAllSubcomponents('valarm').map((alarm) => {
        const start = new ICAL.Event(component).startDate.clone();
        const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
        start.addDuration(trigger);
        const pad = (value: number) => String(value).padStart(2, '0');
        return {
          utc: start.toJSDate().toISOString(),
          localTime: `${pad(start.hour)}:${pad(start.minute)}`,
          description: String(alarm.getFirstPropertyValue('description')),
        };
      }),
    );
  }

  it('rings at the chosen reminder time in the patient zone, across a daylight-saving change', () => {
    // Europe/Berlin moves from UTC+1 to UTC+2 on 2026-03-29.
    const record = calmRecord({ timeZone: 'Europe/Berlin', injuryDate: '2026-02-20', days: 12 });
    const ics = calendarFeed(feedInput({ record, from: '2026-03-26', weeks: 1, reminderTime: '07:30' }));
    const rung = alarms(ics);
    expect(rung.length).toBeGreaterThan(3);
    expect(new Set(rung.map((alarm) => alarm.localTime))).toEqual(new Set(['07:30']));
    expect(rung.map((alarm) => alarm.utc)).toContain('2026-03-28T06:30:00.000Z');
    expect(rung.map((alarm) => alarm.utc)).toContain('2026-03-30T05:30:00.000Z');
    expect(rung[0]?.description).toBe("Time for today's exercises");
  });

  it('has no alarm when the patient chose no reminder', () => {
    const record = calmRecord({ timeZone: 'Europe/Berlin', injuryDate: '2026-02-20', days: 12 });
    expect(alarms(calendarFeed(feedInput({ record, from: '2026-03-26', weeks: 1 })))).toEqual([]);
  });
});
