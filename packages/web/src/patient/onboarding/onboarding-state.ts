import type { Onboarding } from '@minimus/contract';
import type { DayPlan } from '@minimus/core';

const ONBOARDED_KEY = 'minimus.onboarded';

/** Onboarding done on this phone. */
export function isOnboarded(patientId: string): boolean {
  return localStorage.getItem(`${ONBOARDED_KEY}.${patientId}`) === 'yes';
}

export function markOnboarded(patientId: string): void {
  localStorage.setItem(`${ONBOARDED_KEY}.${patientId}`, 'yes');
}

/**
 * Send the patient through onboarding only before their first answers: the server has stored none
 * (so a patient weeks in, on a new phone, goes straight to Today), this phone has not just given them
 * (they may still wait in the outbox), and the plan asks for every questionnaire at once. A single
 * weekly screen due goes to its own page instead.
 */
export function needsOnboarding(
  plan: Pick<DayPlan, 'due'>,
  patientId: string,
  stored: Pick<Onboarding, 'done'>,
): boolean {
  const { redFlagScreen, tendinopathyScreen, psfs } = plan.due;
  return redFlagScreen && tendinopathyScreen && psfs && !stored.done && !isOnboarded(patientId);
}
