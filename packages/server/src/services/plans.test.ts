import { describe, expect, it } from 'vitest';
import { todayIn } from './plans.js';

describe('todayIn', () => {
  it('gives the calendar date in the zone, also in zones a fraction of an hour from UTC', () => {
    // Kathmandu is UTC+05:45 and Chatham UTC+13:45 in its summer.
    expect(todayIn('Asia/Kathmandu', new Date('2026-03-01T18:14:59.999Z'))).toBe('2026-03-01');
    expect(todayIn('Asia/Kathmandu', new Date('2026-03-01T18:15:00.000Z'))).toBe('2026-03-02');
    expect(todayIn('Pacific/Chatham', new Date('2026-01-10T10:14:00.000Z'))).toBe('2026-01-10');
    expect(todayIn('Pacific/Chatham', new Date('2026-01-10T10:15:00.000Z'))).toBe('2026-01-11');
  });

  it('answers within one minute from memory and moves on at the next minute, forwards or back', () => {
    const zone = 'America/New_York';
    const beforeMidnight = new Date('2026-06-30T03:59:00.000Z');
    expect(todayIn(zone, beforeMidnight)).toBe('2026-06-29');
    expect(todayIn(zone, new Date('2026-06-30T03:59:59.999Z'))).toBe('2026-06-29');
    expect(todayIn(zone, new Date('2026-06-30T04:00:00.000Z'))).toBe('2026-06-30');
    expect(todayIn(zone, beforeMidnight)).toBe('2026-06-29');
    expect(todayIn('Europe/Madrid', beforeMidnight)).toBe('2026-06-30');
  });

  it('matches a fresh formatter at every quarter hour of a day that changes the clocks', () => {
    const zone = 'Europe/London';
    const fresh = new Intl.DateTimeFormat('en-CA', { timeZone: zone, dateStyle: 'short' });
    for (let minute = 0; minute < 48 * 60; minute += 15) {
      const at = new Date(Date.UTC(2026, 2, 28, 12) + minute * 60_000);
      expect(todayIn(zone, at)).toBe(fresh.format(at));
    }
  });
});
