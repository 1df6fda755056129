import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, fromDayNumber, isIsoDate, isoWeekday } from './calendar.js';

describe('calendar dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2026-03-02', 20514],
  ])('%s is day %i', (date, days) => {
    expect(dayNumber(date)).toBe(days);
    expect(fromDayNumber(days)).toBe(date);
  });

  it('agrees with the JavaScript calendar for every day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84006 }), (days) => {
        const expected = new Date(days * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(days)).toBe(expected);
        expect(dayNumber(expected)).toBe(days);
        expect(isoWeekday(expected)).toBe(((new Date(days * 86_400_000).getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it.each([
    ['2026-02-27', 2, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', 1, '2026-03-30'],
  ])('%s plus %i days is %s, whatever the daylight-saving changes', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '2026-1-01', 'yesterday', ''])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });

  it('throws a clear error for a malformed date in arithmetic', () => {
    expect(() => dayNumber('2026/01/01')).toThrow('not a calendar date: 2026/01/01');
  });
});
