import { describe, expect, it } from 'vitest';
import type { AlertView } from './api.js';
import { attentionReasons } from './attention-reasons.js';

const alert = (overrides: Partial<AlertView> = {}): AlertView => ({
  id: 'a1',
  patientId: 'p1',
  key: 'setback:2026-03-01',
  kind: 'setback',
  severity: 'warning',
  date: '2026-03-02',
  exerciseId: null,
  ruleId: 'setback.next-morning',
  message: { en: 'Morning pain went up', es: 'El dolor de la mañana subió' },
  physicianMessage: null,
  therapistMessage: { en: 'Setback: morning pain went up', es: 'Recaída: el dolor de la mañana subió' },
  status: 'open',
  acknowledgedAt: null,
  acknowledgedBy: null,
  acknowledgedByName: null,
  note: null,
  createdAt: '2026-03-02T08:00:00.000Z',
  ...overrides,
});

describe('attentionReasons', () => {
  it.each([
    { locale: 'es' as const, expected: { text: 'El dolor de la mañana subió', lang: 'es' } },
    { locale: 'en' as const, expected: { text: 'Morning pain went up', lang: 'en' } },
  ])('gives an alert reason in $locale', ({ locale, expected }) => {
    expect(attentionReasons(['Morning pain went up'], [alert()], locale)).toEqual([expected]);
  });

  it('keeps a reason that is not an alert as sent, marked English', () => {
    expect(attentionReasons(['No data for 4 days'], [alert()], 'es')).toEqual([
      { text: 'No data for 4 days', lang: 'en' },
    ]);
  });
});
