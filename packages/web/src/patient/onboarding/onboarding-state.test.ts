import { beforeEach, describe, expect, it } from 'vitest';
import { markOnboarded, needsOnboarding } from './onboarding-state.js';

function due(redFlagScreen: boolean, tendinopathyScreen: boolean, psfs: boolean) {
  return {
    due: {
      checkIn: false,
      redFlagScreen,
      historyScreen: false,
      healthChange: false,
      fallsScreen: false,
      maintenanceCheckIn: false,
      tendinopathyScreen,
      psfs,
    },
  };
}

const NOTHING_STORED = { done: false };

describe('needsOnboarding', () => {
  beforeEach(() => localStorage.clear());

  it.each([
    { plan: due(true, true, true), expected: true },
    { plan: due(true, true, false), expected: false },
    { plan: due(true, false, false), expected: false },
    { plan: due(false, false, false), expected: false },
  ])('$plan.due on a phone that has not onboarded: $expected', ({ plan, expected }) => {
    expect(needsOnboarding(plan, 'patient-1', NOTHING_STORED)).toBe(expected);
  });

  it('never sends a phone that has onboarded back through it', () => {
    markOnboarded('patient-1');
    expect(needsOnboarding(due(true, true, true), 'patient-1', NOTHING_STORED)).toBe(false);
    expect(needsOnboarding(due(true, true, true), 'patient-2', NOTHING_STORED)).toBe(true);
  });

  it('sends a patient whose answers the server has stored straight to Today, on a new phone too', () => {
    // Weeks in, every questionnaire may fall due on one day; a new phone has no local mark.
    expect(needsOnboarding(due(true, true, true), 'patient-3', { done: true })).toBe(false);
  });
});
