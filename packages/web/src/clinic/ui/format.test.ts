import { describe, expect, it } from 'vitest';
import { oneDecimal, percent } from './format.js';

describe('percent', () => {
  it.each([
    { share: 0.75, locale: 'en', expected: '75%' },
    { share: 0.857, locale: 'en', expected: '86%' },
    { share: 0.5, locale: 'es', expected: '50\u00a0%' },
  ])('writes $share as $expected in $locale', ({ share, locale, expected }) => {
    expect(percent(share, locale)).toBe(expected);
  });
});

describe('oneDecimal', () => {
  it.each([
    { value: 2.25, locale: 'en', expected: '2.3' },
    { value: 2.25, locale: 'es', expected: '2,3' },
    { value: 3, locale: 'en', expected: '3' },
  ])('writes $value as $expected in $locale', ({ value, locale, expected }) => {
    expect(oneDecimal(value, locale)).toBe(expected);
  });
});
