import type { AttentionReason } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { attentionReasonText } from './attention-reasons.js';

const message = { en: 'Morning pain went up', es: 'El dolor de la mañana subió' };

describe('attentionReasonText', () => {
  it.each<{ reason: AttentionReason; en: string; es: string }>([
    {
      reason: {
        code: 'alert',
        params: {
          alertId: 'a1',
          kind: 'setback',
          severity: 'warning',
          ruleId: 'setback.next-morning',
          date: '2026-03-02',
          message,
        },
      },
      en: 'Morning pain went up',
      es: 'El dolor de la mañana subió',
    },
    {
      reason: { code: 'no-data', params: { days: 4 } },
      en: 'No data for 4 days',
      es: 'Sin datos desde hace 4 días',
    },
    {
      reason: { code: 'no-data-yet', params: {} },
      en: 'No data logged yet',
      es: 'Aún no hay datos registrados',
    },
    {
      reason: { code: 'low-adherence', params: { percent: 30 } },
      en: 'Did 30% of prescribed sessions in the last 7 days',
      es: 'Hizo el 30 % de las sesiones prescritas en los últimos 7 días',
    },
    {
      reason: { code: 'program-suspended', params: { since: null } },
      en: 'Program suspended after a red-flag answer',
      es: 'Programa en pausa tras una señal de alarma',
    },
    {
      reason: {
        code: 'awaiting-sign-off',
        params: {
          gate: 'discharge',
          ruleId: 'gate.discharge',
          alertId: null,
          date: '2026-03-02',
          message: null,
        },
      },
      en: 'Discharge criteria met: waiting for your sign-off',
      es: 'Criterios de alta cumplidos: falta su firma',
    },
  ])('words $reason.code in English and Spanish', ({ reason, en, es }) => {
    expect(attentionReasonText(reason, 'en')).toBe(en);
    expect(attentionReasonText(reason, 'es')).toBe(es);
  });

  it('dates a suspension in the reader language', () => {
    const reason: AttentionReason = { code: 'program-suspended', params: { since: '2026-03-03' } };
    expect(attentionReasonText(reason, 'es')).toMatch(/^Programa en pausa tras una señal de alarma el .*3/);
  });
});
