import type { DayPlan, ProgramSummary, SessionLog } from '@minimus/core';
import type { AlertView, PatientProfile, ProgramView } from '../api.js';

/** Everything the patient page shows, read together when it opens. */
export interface PatientRecord {
  profile: PatientProfile;
  program: ProgramView;
  plan: DayPlan;
  summary: ProgramSummary;
  logs: SessionLog[];
  alerts: AlertView[];
}
