import { describe, expect, it } from 'vitest';
import { onboardingOf } from './onboarding.js';

const screen = (date: string) => ({ id: date, date, answers: {} });
const psfs = (date: string, names: string[]) => ({
  id: date,
  date,
  activities: names.map((name) => ({ name, score: 5 })),
});

describe('onboarding as the stored history says, on any phone', () => {
  it.each([
    {
      name: 'nothing stored yet',
      history: { redFlagScreens: [], psfs: [] },
      expected: { done: false, psfsActivities: [] },
    },
    {
      name: 'safety questions answered, no PSFS yet',
      history: { redFlagScreens: [screen('2026-03-01')], psfs: [] },
      expected: { done: true, psfsActivities: [] },
    },
    {
      name: 'the latest PSFS names the activities',
      history: {
        redFlagScreens: [screen('2026-03-01')],
        psfs: [psfs('2026-03-01', ['Stairs']), psfs('2026-03-15', ['Stairs', 'Walking 30 min'])],
      },
      expected: { done: true, psfsActivities: ['Stairs', 'Walking 30 min'] },
    },
  ])('$name', ({ history, expected }) => {
    expect(onboardingOf(history)).toEqual(expected);
  });
});
