import type { ScreensDue } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { nextScreenStep } from './re-screen-page.js';

const NOTHING: ScreensDue = {
  checkIn: false,
  redFlagScreen: false,
  historyScreen: false,
  healthChange: false,
  tendinopathyScreen: false,
  fallsScreen: false,
  maintenanceCheckIn: false,
  psfs: false,
};

describe('nextScreenStep: the questionnaires due, one after another', () => {
  it.each([
    { due: {}, from: null, next: 'done' },
    { due: { fallsScreen: true }, from: null, next: 'falls' },
    { due: { redFlagScreen: true, fallsScreen: true }, from: null, next: 'weekly' },
    { due: { redFlagScreen: true, fallsScreen: true }, from: 'weekly', next: 'falls' },
    { due: { fallsScreen: true }, from: 'falls', next: 'done' },
    { due: { maintenanceCheckIn: true }, from: null, next: 'check-in-after' },
    {
      due: { tendinopathyScreen: true, maintenanceCheckIn: true },
      from: 'tendinopathy',
      next: 'check-in-after',
    },
  ] as const)('due $due, after $from -> $next', ({ due, from, next }) => {
    expect(nextScreenStep(from, { ...NOTHING, ...due })).toBe(next);
  });
});
