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
 * Send the patient through onboarding when this phone has not done it and the plan asks for every
 * questionnaire at once (red flags, tendinopathy, PSFS), as it does before the first answers. A single
 * weekly screen due goes to its own page instead.
 */
export function needsOnboarding(plan: Pick<DayPlan, 'due'>, patientId: string): boolean {
  const { redFlagScreen, tendinopathyScreen, psfs } = plan.due;
  return redFlagScreen && tendinopathyScreen && psfs && !isOnboarded(patientId);
}
