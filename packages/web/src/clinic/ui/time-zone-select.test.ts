import { describe, expect, it } from 'vitest';
import { timeZoneChoices } from './time-zone-select.js';

describe('timeZoneChoices', () => {
  const known = ['Africa/Abidjan', 'America/New_York', 'Europe/Madrid'];
  it.each([
    {
      own: 'Europe/Madrid',
      current: 'Europe/Madrid',
      expected: ['Europe/Madrid', 'Africa/Abidjan', 'America/New_York'],
    },
    {
      own: 'Europe/Madrid',
      current: 'America/New_York',
      expected: ['Europe/Madrid', 'Africa/Abidjan', 'America/New_York'],
    },
    {
      own: 'Europe/Madrid',
      current: 'UTC',
      expected: ['Europe/Madrid', 'UTC', 'Africa/Abidjan', 'America/New_York'],
    },
    { own: 'UTC', current: 'UTC', expected: ['UTC', 'Africa/Abidjan', 'America/New_York', 'Europe/Madrid'] },
  ])('own $own, current $current', ({ own, current, expected }) => {
    expect(timeZoneChoices(own, known, current)).toEqual(expected);
  });
});
