import type { DayPlan } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import type { AlertRow } from '../repositories/alert-repository.js';
import { attentionOf } from './patient-list.js';

function plan(overrides: Partial<DayPlan> = {}): DayPlan {
  return {
    date: '2026-03-10',
    protocol: { id: 'gluteus-minimus', version: '1.0.0' },
    status: 'active',
    phase: 1,
    phaseStartDate: '2026-03-05',
    phaseRuleId: 'gate.rest',
    condition: 'muscle-strain',
    isResistanceDay: false,
    exercises: [],
    locked: [],
    alerts: [],
    decisions: [],
    due: { checkIn: false, redFlagScreen: false, tendinopathyScreen: false, psfs: false },
    education: [],
    ...overrides,
  };
}

function alert(severity: AlertRow['severity'], message: string): AlertRow {
  return {
    id: message,
    patientId: 'p',
    key: message,
    kind: 'setback',
    severity,
    date: '2026-03-09',
    exerciseId: null,
    ruleId: 'setback.next-morning',
    message: { en: message, es: message },
    physicianMessage: null,
    therapistMessage: { en: message, es: message },
    notifyTherapist: true,
    status: 'open',
    acknowledgedBy: null,
    acknowledgedAt: null,
    note: null,
    createdAt: new Date('2026-03-09T08:00:00Z'),
  };
}

describe('attentionOf', () => {
  it.each([
    { case: 'a suspended program', input: [plan({ status: 'suspended' }), [], 0, 1] as const, reasons: 1 },
    { case: 'an urgent alert', input: [plan(), [alert('urgent', 'Urgent')], 0, 1] as const, reasons: 1 },
    { case: 'a warning', input: [plan(), [alert('warning', 'Warning')], 0, 1] as const, reasons: 1 },
    { case: 'five quiet days', input: [plan(), [], 5, 1] as const, reasons: 1 },
    { case: 'low adherence', input: [plan(), [], 0, 0.3] as const, reasons: 1 },
    { case: 'nothing wrong', input: [plan(), [], 1, 0.9] as const, reasons: 0 },
  ])('gives $case $reasons reason(s)', ({ input, reasons }) => {
    const [dayPlan, alerts, quietDays, adherence] = input;
    expect(attentionOf(dayPlan, alerts, quietDays, adherence).reasons).toHaveLength(reasons);
  });

  it('orders a red flag above alerts, alerts above silence, silence above low adherence', () => {
    const scores = [
      attentionOf(plan({ status: 'suspended' }), [], 0, null).score,
      attentionOf(plan(), [alert('urgent', 'Urgent')], 0, null).score,
      attentionOf(plan(), [alert('warning', 'Warning')], 0, null).score,
      attentionOf(plan(), [], 4, null).score,
      attentionOf(plan(), [], 0, 0.2).score,
      attentionOf(plan(), [], 0, 1).score,
    ];
    expect([...scores].sort((left, right) => right - left)).toEqual(scores);
    expect(new Set(scores).size).toBe(scores.length);
  });

  it('does not count silence against a discharged patient', () => {
    expect(attentionOf(plan({ status: 'discharged' }), [], 20, null).reasons).toEqual([]);
  });
});
