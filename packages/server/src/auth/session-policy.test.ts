import { describe, expect, it } from 'vitest';
import { initialExpiry, judgeSession, SESSION_POLICY } from './session-policy.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const minutesAhead = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('judgeSession', () => {
  it.each([
    {
      case: 'staff past its idle expiry',
      role: 'therapist',
      createdAt: minutesAgo(40),
      expiresAt: minutesAgo(1),
      kind: 'expired',
    },
    {
      case: 'staff past 12 hours in all',
      role: 'admin',
      createdAt: minutesAgo(12 * 60),
      expiresAt: minutesAhead(20),
      kind: 'expired',
    },
    {
      case: 'a patient after two weeks',
      role: 'patient',
      createdAt: minutesAgo(14 * 24 * 60),
      expiresAt: minutesAhead(60),
      kind: 'valid',
    },
    {
      case: 'a patient past 30 days',
      role: 'patient',
      createdAt: minutesAgo(31 * 24 * 60),
      expiresAt: minutesAgo(1),
      kind: 'expired',
    },
  ] as const)('judges $case $kind', ({ role, createdAt, expiresAt, kind }) => {
    expect(judgeSession(role, { createdAt, expiresAt }, NOW).kind).toBe(kind);
  });

  it('pushes a used staff session 30 minutes ahead, never past 12 hours', () => {
    const fresh = judgeSession('therapist', { createdAt: minutesAgo(60), expiresAt: minutesAhead(10) }, NOW);
    expect(fresh).toEqual({ kind: 'valid', extendTo: minutesAhead(30) });
    const late = judgeSession(
      'therapist',
      { createdAt: minutesAgo(12 * 60 - 10), expiresAt: minutesAhead(5) },
      NOW,
    );
    expect(late).toEqual({ kind: 'valid', extendTo: minutesAhead(10) });
  });

  it('leaves a session just extended alone, so reads do not turn into writes', () => {
    expect(
      judgeSession('therapist', { createdAt: minutesAgo(5), expiresAt: minutesAhead(29.5) }, NOW),
    ).toEqual({
      kind: 'valid',
      extendTo: null,
    });
  });
});

describe('initialExpiry', () => {
  it('gives staff 30 minutes and patients 30 days', () => {
    expect(initialExpiry('admin', NOW).getTime() - NOW.getTime()).toBe(SESSION_POLICY.staffIdleMs);
    expect(initialExpiry('patient', NOW).getTime() - NOW.getTime()).toBe(SESSION_POLICY.patientMs);
  });
});
