import type { Alert, IsoDate, OutcomeScore } from '@minimus/core';
import { requestJson } from '../api/client.js';
import { patientPath } from './api.js';

/** Views of the monitoring report, outcome scores, calendar feed and second factor; see docs/api-contract.md. */
export interface MonitoringPeriod {
  from: IsoDate;
  to: IsoDate;
  complete: boolean;
  daysWithData: number;
  meetsSixteenDays: boolean;
  prescribedSessions: number;
  doneSessions: number;
  adherence: number | null;
  alerts: Alert[];
}

export interface PatientMonitoring {
  patientId: string;
  patientName: string;
  therapistName: string;
  programStart: IsoDate;
  periods: MonitoringPeriod[];
}

export interface MonitoringReport {
  clinicName: string;
  asOf: IsoDate;
  patients: PatientMonitoring[];
  totals: { patients: number; patientsMeetingSixteenDays: number };
}

export type OutcomeInstrument = OutcomeScore['instrument'];

export interface CalendarFeedStatus {
  active: boolean;
  createdAt: string | null;
}

export interface TwoFactorEnrolment {
  totpUri: string;
  secret: string;
  qrSvg: string;
  backupCodes: string[];
}

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
export const recordOutcomeScore = (
  id: string,
  input: { date: IsoDate; instrument: OutcomeInstrument; total: number },
) => call<{ id: string }>('POST', patientPath(id, 'outcome-scores'), input);

export const fetchCalendarFeed = (id: string) =>
  call<CalendarFeedStatus>('GET', patientPath(id, 'calendar-feed'));
export const revokeCalendarFeed = (id: string) => call<null>('DELETE', patientPath(id, 'calendar-feed'));

export const fetchTwoFactor = () => call<{ enabled: boolean }>('GET', `${V1}/me/two-factor`);
export const startTwoFactor = (password: string) =>
  call<TwoFactorEnrolment>('POST', `${V1}/me/two-factor`, { password });
