import type {
  CalendarFeedStatus,
  MonitoringReport,
  OutcomeScore,
  OutcomeScoreInput,
  StoredOutcomeScore,
  TwoFactorEnrolment,
  TwoFactorStatus,
} from '@minimus/contract';
import { requestJson } from '../shared/api/client.js';
import { patientPath } from './api.js';

export type { MonitoringPeriod, PatientMonitoring } from '@minimus/contract';
/** The monitoring report, outcome scores, calendar feed and second factor, as @minimus/contract describes them. */
export type { CalendarFeedStatus, MonitoringReport, TwoFactorEnrolment };
export type OutcomeInstrument = OutcomeScoreInput['instrument'];

const V1 = '/api/v1';

async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  return (await requestJson<T>(method, path, body)).body;
}

export const fetchClinicMonitoring = () => call<MonitoringReport>('GET', `${V1}/reports/monitoring`);
export const fetchPatientMonitoring = (id: string) =>
  call<MonitoringReport>('GET', patientPath(id, 'reports/monitoring'));

/** The CSV of the report shown: the clinic's, or one patient's. */
export function monitoringCsvHref(patientId: string | null): string {
  return patientId ? patientPath(patientId, 'reports/monitoring.csv') : `${V1}/reports/monitoring.csv`;
}

export const fetchOutcomeScores = (id: string) =>
  call<OutcomeScore[]>('GET', patientPath(id, 'outcome-scores'));
export const recordOutcomeScore = (id: string, input: OutcomeScoreInput) =>
  call<StoredOutcomeScore>('POST', patientPath(id, 'outcome-scores'), input);

export const fetchCalendarFeed = (id: string) =>
  call<CalendarFeedStatus>('GET', patientPath(id, 'calendar-feed'));
export const revokeCalendarFeed = (id: string) => call<null>('DELETE', patientPath(id, 'calendar-feed'));

export const fetchTwoFactor = () => call<TwoFactorStatus>('GET', `${V1}/me/two-factor`);
export const startTwoFactor = (password: string) =>
  call<TwoFactorEnrolment>('POST', `${V1}/me/two-factor`, { password });
