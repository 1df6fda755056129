import type { History } from './history.js';

/** What a patient's stored history says about onboarding. */
export interface OnboardingState {
  /** The first safety questions were answered: a new phone goes straight to Today. */
  done: boolean;
  /** The activities of the latest PSFS rating, so a re-rating (on any phone) starts from them. */
  psfsActivities: string[];
}

/**
 * Onboarding as the history records it, whatever phone the patient uses: done once a safety screen is
 * stored, with the latest PSFS activities (the history keeps each list in date order).
 *
 * @example
 * onboardingOf(history) // { done: true, psfsActivities: ['Stairs', 'Walking 30 min'] }
 */
export function onboardingOf(history: Pick<History, 'redFlagScreens' | 'psfs'>): OnboardingState {
  const latest = history.psfs.at(-1);
  return {
    done: history.redFlagScreens.length > 0,
    psfsActivities: latest ? latest.activities.map((activity) => activity.name) : [],
  };
}
