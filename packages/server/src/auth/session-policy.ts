import type { Role } from './actor.js';

const MINUTE_MS = 60_000;

/** Staff sessions: 30 minutes idle, 12 hours in all. Patients stay signed in on their phone for 30 days. */
export const SESSION_POLICY = {
  staffIdleMs: 30 * MINUTE_MS,
  staffAbsoluteMs: 12 * 60 * MINUTE_MS,
  patientMs: 30 * 24 * 60 * MINUTE_MS,
  /** Extending a session at most once a minute keeps reads from turning into writes. */
  touchEveryMs: MINUTE_MS,
} as const;

export interface SessionTimes {
  createdAt: Date;
  expiresAt: Date;
}

export type SessionVerdict = { kind: 'expired' } | { kind: 'valid'; extendTo: Date | null };

/**
 * Decides whether a session is still valid for a role at `now`, and how far to push its expiry.
 *
 * @example
 * judgeSession('therapist', { createdAt, expiresAt }, new Date());
 */
export function judgeSession(role: Role, session: SessionTimes, now: Date): SessionVerdict {
  const nowMs = now.getTime();
  if (session.expiresAt.getTime() <= nowMs) return { kind: 'expired' };
  const lifetimeMs = role === 'patient' ? SESSION_POLICY.patientMs : SESSION_POLICY.staffIdleMs;
  const ceilingMs =
    role === 'patient'
      ? Number.POSITIVE_INFINITY
      : session.createdAt.getTime() + SESSION_POLICY.staffAbsoluteMs;
  if (nowMs >= ceilingMs) return { kind: 'expired' };
  const wanted = Math.min(nowMs + lifetimeMs, ceilingMs);
  const touchMs = role === 'patient' ? 24 * 60 * SESSION_POLICY.touchEveryMs : SESSION_POLICY.touchEveryMs;
  if (wanted - session.expiresAt.getTime() < touchMs) return { kind: 'valid', extendTo: null };
  return { kind: 'valid', extendTo: new Date(wanted) };
}

/** The first expiry of a new session for a role. */
export function initialExpiry(role: Role, now: Date): Date {
  return new Date(
    now.getTime() + (role === 'patient' ? SESSION_POLICY.patientMs : SESSION_POLICY.staffIdleMs),
  );
}
