const ONBOARDED_KEY = 'minimus.onboarded';

/** Onboarding done on this phone (the plan's `due.redFlagScreen` tells whether it was done anywhere). */
export function isOnboarded(patientId: string): boolean {
  return localStorage.getItem(`${ONBOARDED_KEY}.${patientId}`) === 'yes';
}

export function markOnboarded(patientId: string): void {
  localStorage.setItem(`${ONBOARDED_KEY}.${patientId}`, 'yes');
}
