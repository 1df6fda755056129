import { describe, expect, it } from 'vitest';
import { formatDay, formatLongDay } from './dates.js';

describe('dates for people, never ISO', () => {
  it.each([
    { locale: 'en', short: 'Mon 2 Mar', long: 'Monday 2 March' },
    { locale: 'es', short: 'lun, 2 mar', long: 'lunes, 2 de marzo' },
  ])('in $locale', ({ locale, short, long }) => {
    expect(formatDay('2026-03-02', locale)).toBe(short);
    expect(formatLongDay('2026-03-02', locale)).toBe(long);
  });
});
