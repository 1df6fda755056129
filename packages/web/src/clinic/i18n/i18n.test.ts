import { describe, expect, it } from 'vitest';
import { translateClinic } from './i18n.js';
import { CLINIC_MESSAGES_EN, type ClinicMessageKey } from './messages-en.js';
import { CLINIC_MESSAGES_ES } from './messages-es.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(CLINIC_MESSAGES_EN) as ClinicMessageKey[];

describe('clinician messages', () => {
  it.each(keys)('%s has the same placeholders in Spanish as in English', (key) => {
    expect(placeholders(CLINIC_MESSAGES_ES[key])).toEqual(placeholders(CLINIC_MESSAGES_EN[key]));
  });

  it.each([
    { locale: 'en' as const, expected: 'Alerts (2 open)' },
    { locale: 'es' as const, expected: 'Alertas (2 abiertas)' },
  ])('fills placeholders in $locale', ({ locale, expected }) => {
    expect(translateClinic(locale, 'alerts.title', { count: 2 })).toBe(expected);
  });

  it('leaves a placeholder without a value visible rather than blank', () => {
    expect(translateClinic('en', 'invite.linkFor')).toBe('Invitation for {name}');
  });
});
