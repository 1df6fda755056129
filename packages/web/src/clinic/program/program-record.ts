import type { DayPlan, FallsScreenStanding } from '@minimus/core';
import type { PatientProfile, ProgramView } from '../api.js';

/** What the program editor works on: the profile, the program with its versions, and today's plan. */
export interface ProgramRecord {
  profile: PatientProfile;
  program: ProgramView;
  plan: DayPlan;
  /** The latest falls screen (CLINICAL 4c), or null when none was answered. */
  fallsScreen: FallsScreenStanding | null;
}
