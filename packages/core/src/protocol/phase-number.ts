export const PHASE_NUMBERS = [0, 1, 2, 3] as const;
/** 0 rest, 1 flexibility and isometrics, 2 dynamic resistance added, 3 return to full strength. */
export type PhaseNumber = (typeof PHASE_NUMBERS)[number];
