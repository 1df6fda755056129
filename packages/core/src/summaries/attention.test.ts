import { describe, expect, it } from 'vitest';
import type { DayPlan, Decision } from '../engine/plan.js';
import { GLUTEUS_MINIMUS_PROTOCOL } from '../protocol/gluteus-minimus.js';
import { recoveringStrain } from '../simulation/courses.js';
import { simulateCourse } from '../simulation/simulate-course.js';
import { ATTENTION_TIERS, type AttentionReason, attentionOf, type OpenAlert } from './attention.js';

function buildPlan(overrides: Partial<DayPlan> = {}): DayPlan {
  return {
    date: '2026-03-10',
    protocol: { id: 'gluteus-minimus', version: '1.0.0' },
    status: 'active',
    phase: 1,
    phaseStartDate: '2026-03-05',
    phaseRuleId: 'gate.rest',
    lastPhaseDrop: null,
    condition: 'muscle-strain',
    isResistanceDay: false,
    exercises: [],
    locked: [],
    alerts: [],
    decisions: [],
    due: {
      checkIn: false,
      redFlagScreen: false,
      historyScreen: false,
      healthChange: false,
      tendinopathyScreen: false,
      fallsScreen: false,
      maintenanceCheckIn: false,
      psfs: false,
    },
    education: [],
    ...overrides,
  };
}

function buildAlert(overrides: Partial<OpenAlert> = {}): OpenAlert {
  return {
    id: 'alert-1',
    kind: 'setback',
    severity: 'warning',
    date: '2026-03-09',
    ruleId: 'setback.next-morning',
    message: { en: 'Morning pain 5', es: 'Dolor de la mañana 5' },
    ...overrides,
  };
}

function dischargeGate(data: Decision['data']): Decision {
  return {
    ruleId: 'gate.discharge',
    subject: 'phase',
    source: 'engine',
    author: null,
    text: { en: 'Discharge', es: 'Alta' },
    data: { passed: false, ...data },
  };
}

const phase3 = (data: Decision['data']) => buildPlan({ phase: 3, decisions: [dischargeGate(data)] });
const calm = { openAlerts: [], quietDays: 0, adherence: 1 };
const codes = (reasons: readonly AttentionReason[]) => reasons.map((reason) => reason.code);

describe('a red flag: the program is suspended', () => {
  it('puts the patient in the top tier with the screen date', () => {
    const suspended = buildPlan({
      status: 'suspended',
      decisions: [{ ...dischargeGate({}), ruleId: 'red-flag.suspend', data: { screenDate: '2026-03-09' } }],
    });
    const attention = attentionOf({ ...calm, plan: suspended });
    expect(attention.tier).toBe(ATTENTION_TIERS.redFlag);
    expect(attention.reasons).toEqual([{ code: 'program-suspended', params: { since: '2026-03-09' } }]);
  });

  it('does not count silence against a suspended program', () => {
    expect(
      codes(attentionOf({ ...calm, plan: buildPlan({ status: 'suspended' }), quietDays: 9 }).reasons),
    ).toEqual(['program-suspended']);
  });
});

describe('a significant setback', () => {
  it('ranks below a red flag and above every other alert', () => {
    const setback = buildAlert({
      kind: 'significant-setback',
      severity: 'urgent',
      ruleId: 'setback.significant',
    });
    const attention = attentionOf({ ...calm, plan: buildPlan(), openAlerts: [setback] });
    expect(attention.tier).toBe(ATTENTION_TIERS.significantSetback);
    expect(attention.reasons[0]).toEqual({
      code: 'alert',
      params: {
        alertId: 'alert-1',
        kind: 'significant-setback',
        severity: 'urgent',
        ruleId: 'setback.significant',
        date: '2026-03-09',
        message: setback.message,
      },
    });
  });
});

describe('other open alerts', () => {
  it('carry their rule, severity and both languages, below significant setbacks', () => {
    const attention = attentionOf({ ...calm, plan: buildPlan(), openAlerts: [buildAlert()] });
    expect(attention.tier).toBe(ATTENTION_TIERS.alert);
    expect(attention.reasons).toMatchObject([
      { code: 'alert', params: { ruleId: 'setback.next-morning', message: { es: 'Dolor de la mañana 5' } } },
    ]);
  });
});

describe('a gate awaiting the therapist sign-off', () => {
  it.each([
    { ruleId: 'exercise.selection', gate: 'phase-3-exercises' },
    { ruleId: 'tendinopathy.neutral-isometrics', gate: 'tendinopathy-isometrics' },
  ])('reads the $ruleId confirmation as the $gate sign-off', ({ ruleId, gate }) => {
    const confirmation = buildAlert({ kind: 'confirmation-needed', severity: 'info', ruleId });
    const attention = attentionOf({ ...calm, plan: buildPlan({ phase: 3 }), openAlerts: [confirmation] });
    expect(attention.tier).toBe(ATTENTION_TIERS.awaitingSignOff);
    expect(attention.reasons).toMatchObject([
      { code: 'awaiting-sign-off', params: { gate, alertId: 'alert-1' } },
    ]);
  });

  it.each([
    { data: { psfsMet: true, symmetryMet: true, passed: false }, waits: true },
    { data: { psfsMet: true, symmetryMet: null, passed: false }, waits: true },
    { data: { psfsMet: true, symmetryMet: false, passed: false }, waits: false },
    { data: { psfsMet: false, symmetryMet: true, passed: false }, waits: false },
    { data: { psfsMet: null, symmetryMet: null, passed: false }, waits: false },
    { data: { psfsMet: true, symmetryMet: true, passed: true }, waits: false },
  ])('waits for the discharge sign-off in phase 3 with $data: $waits', ({ data, waits }) => {
    const reasons = codes(attentionOf({ ...calm, plan: phase3(data) }).reasons);
    expect(reasons.includes('awaiting-sign-off')).toBe(waits);
  });
});

describe('no data for 3 days', () => {
  it.each([
    { quietDays: 2, reasons: [] },
    { quietDays: 3, reasons: [{ code: 'no-data', params: { days: 3 } }] },
    { quietDays: null, reasons: [{ code: 'no-data-yet', params: {} }] },
  ])('after $quietDays quiet days gives $reasons', ({ quietDays, reasons }) => {
    expect(attentionOf({ ...calm, plan: buildPlan(), quietDays }).reasons).toEqual(reasons);
  });

  it('does not count silence against a discharged patient', () => {
    expect(
      attentionOf({ ...calm, plan: buildPlan({ status: 'discharged' }), quietDays: 20 }).reasons,
    ).toEqual([]);
  });

  it('puts a longer silence first', () => {
    const score = (quietDays: number) => attentionOf({ ...calm, plan: buildPlan(), quietDays }).score;
    expect(score(9)).toBeGreaterThan(score(4));
  });
});

describe('low adherence', () => {
  it.each([
    { adherence: 0.3, reasons: [{ code: 'low-adherence', params: { percent: 30 } }] },
    { adherence: 0.5, reasons: [] },
    { adherence: null, reasons: [] },
  ])('at $adherence gives $reasons', ({ adherence, reasons }) => {
    expect(attentionOf({ ...calm, plan: buildPlan(), adherence }).reasons).toEqual(reasons);
  });
});

describe('the order of the list', () => {
  it('ranks red flag, significant setback, alert, sign-off, silence, low adherence, nothing', () => {
    const plan = buildPlan();
    const scores = [
      attentionOf({ ...calm, plan: buildPlan({ status: 'suspended' }) }),
      attentionOf({
        ...calm,
        plan,
        openAlerts: [buildAlert({ kind: 'significant-setback', severity: 'urgent' })],
      }),
      attentionOf({ ...calm, plan, openAlerts: [buildAlert()] }),
      attentionOf({ ...calm, plan: phase3({ psfsMet: true, symmetryMet: true }) }),
      attentionOf({ ...calm, plan, quietDays: 30 }),
      attentionOf({ ...calm, plan, adherence: 0 }),
      attentionOf({ ...calm, plan }),
    ].map((attention) => attention.score);
    expect([...scores].sort((left, right) => right - left)).toEqual(scores);
    expect(new Set(scores).size).toBe(scores.length);
  });

  it('lets no number of lower reasons outweigh a higher one', () => {
    const manyLow = attentionOf({
      plan: phase3({ psfsMet: true, symmetryMet: true }),
      openAlerts: [],
      quietDays: 365,
      adherence: 0,
    });
    const signOffOnly = attentionOf({ ...calm, plan: phase3({ psfsMet: true, symmetryMet: true }) });
    const oneAlert = attentionOf({
      ...calm,
      plan: buildPlan(),
      openAlerts: [buildAlert({ severity: 'info' })],
    });
    expect(oneAlert.score).toBeGreaterThan(manyLow.score);
    expect(manyLow.score).toBeGreaterThan(signOffOnly.score);
  });

  it('lists a patient reasons most urgent first', () => {
    const attention = attentionOf({
      plan: buildPlan(),
      openAlerts: [buildAlert()],
      quietDays: 5,
      adherence: 0.1,
    });
    expect(codes(attention.reasons)).toEqual(['alert', 'no-data', 'low-adherence']);
  });
});

describe('a discharge waiting for the therapist, played by the engine', () => {
  it('appears once a recovering strain meets the criteria in phase 3, and never before phase 3', () => {
    const scenario = recoveringStrain(GLUTEUS_MINIMUS_PROTOCOL);
    const course = simulateCourse({
      ...scenario,
      therapist: (day, date, plan, program) => {
        const changed = scenario.therapist?.(day, date, plan, program) ?? program;
        return { ...changed, signOffs: changed.signOffs.filter((signOff) => signOff.kind !== 'discharge') };
      },
    });
    const waiting = course.plans.filter((plan) =>
      attentionOf({ ...calm, plan }).reasons.some((reason) => reason.code === 'awaiting-sign-off'),
    );
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((plan) => plan.phase === 3 && plan.status === 'active')).toBe(true);
    expect(course.plans.at(-1)?.status).toBe('active');
  });
});

describe('attention: messages from the patient no therapist has read', () => {
  it('lists the unread messages as a reason, and none when all are read', () => {
    const unread = attentionOf({ plan: buildPlan(), ...calm, unreadMessages: 2 });
    expect(unread.reasons).toEqual([{ code: 'unread-messages', params: { count: 2 } }]);
    expect(attentionOf({ plan: buildPlan(), ...calm, unreadMessages: 0 }).reasons).toEqual([]);
  });

  it('sorts a patient with an unread message above one who has logged nothing for weeks', () => {
    const message = attentionOf({ plan: buildPlan(), ...calm, unreadMessages: 1 });
    const quiet = attentionOf({ plan: buildPlan(), ...calm, quietDays: 40 });
    expect(message.score).toBeGreaterThan(quiet.score);
  });

  it('keeps an unread message below an open alert', () => {
    const message = attentionOf({ plan: buildPlan(), ...calm, unreadMessages: 5 });
    const alert = attentionOf({ plan: buildPlan(), ...calm, openAlerts: [buildAlert()] });
    expect(alert.score).toBeGreaterThan(message.score);
  });
});
