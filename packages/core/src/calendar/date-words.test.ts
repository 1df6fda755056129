import { describe, expect, it } from 'vitest';
import { dateInWords } from './date-words.js';

describe('dateInWords: dates as patients read them, never ISO', () => {
  it.each([
    { date: '2026-03-02', en: 'Monday 2 March', es: 'lunes 2 de marzo' },
    { date: '2026-12-31', en: 'Thursday 31 December', es: 'jueves 31 de diciembre' },
    { date: '2028-02-29', en: 'Tuesday 29 February', es: 'martes 29 de febrero' },
  ])('$date reads "$en" and "$es"', ({ date, en, es }) => {
    expect(dateInWords(date)).toEqual({ en, es });
  });
});
