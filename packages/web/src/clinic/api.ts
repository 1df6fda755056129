import type {
  AlertView,
  AuditEvent,
  CalendarFeed,
  DayPlan,
  InvitationLink,
  PatientFilter,
  PatientInput,
  PatientListItem,
  PatientListPage,
  PatientProfile,
  ProgramChangeInput,
  ProgramSummary,
  ProgramView,
  ProtocolView,
  AuditQuery as ServerAuditQuery,
  SessionLog,
  StoredStrengthTest,
  StrengthTestInput,
  Therapist,
} from '@minimus/contract';
import type { IsoDate } from '@minimus/core';
import { requestJson } from '../shared/api/client.js';

export type { ProgramChangeEntry } from '@minimus/contract';
/** The server's views the clinician pages read, as @minimus/contract describes them. */
export type {
  AlertView,
  AuditEvent,
  InvitationLink,
  PatientFilter,
  PatientListItem,
  PatientListPage,
  PatientProfile,
  ProgramView,
  StrengthTestInput,
  Therapist,
};
export type NewPatient = PatientInput;
export type ProgramChange = ProgramChangeInput;

const V1 = '/api/v1';

export function patientPath(patientId: string, rest = ''): string {
  return `${V1}/patients/${encodeURIComponent(patientId)}${rest ? `/${rest}` : ''}`;
}

async function get<T>(path: string): Promise<T> {
  return (await requestJson<T>('GET', path)).body;
}

async function post<T>(path: string, body?: unknown): Promise<T> {
  return (await requestJson<T>('POST', path, body)).body;
}

export function fetchPatients(
  query: string,
  filter: PatientFilter,
  cursor: string | null = null,
): Promise<PatientListPage> {
  const search = new URLSearchParams({ filter });
  if (query.trim()) search.set('query', query.trim());
  if (cursor) search.set('cursor', cursor);
  return get(`${V1}/patients?${search}`);
}

/** Every patient of the clinic, page after page, in the list's order (for pickers such as the audit's). */
export async function fetchAllPatients(): Promise<PatientListItem[]> {
  const patients: PatientListItem[] = [];
  let cursor: string | null = null;
  do {
    const page: PatientListPage = await fetchPatients('', 'all', cursor);
    patients.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return patients;
}

export const createPatient = (input: NewPatient) => post<PatientProfile>(`${V1}/patients`, input);
export const invitePatient = (id: string) => post<InvitationLink>(patientPath(id, 'invitations'));
export const fetchPatient = (id: string) => get<PatientProfile>(patientPath(id));
export const fetchProgram = (id: string) => get<ProgramView>(patientPath(id, 'program'));
export const changeProgram = (id: string, change: ProgramChange) =>
  post<ProgramView>(patientPath(id, 'program/changes'), change);
export const fetchPlan = (id: string, date?: IsoDate) =>
  get<DayPlan>(patientPath(id, date ? `plan?date=${date}` : 'plan'));
export const fetchSummary = (id: string) => get<ProgramSummary>(patientPath(id, 'summary'));
export const fetchSessionLogs = (id: string) => get<SessionLog[]>(patientPath(id, 'session-logs'));
export const fetchPatientAlerts = (id: string) => get<AlertView[]>(patientPath(id, 'alerts'));
export const fetchOpenAlerts = () => get<AlertView[]>(`${V1}/alerts?status=open`);
export const acknowledgeAlert = (alertId: string, note: string) =>
  post<AlertView>(`${V1}/alerts/${encodeURIComponent(alertId)}/acknowledge`, { note });
export const recordStrengthTest = (id: string, input: StrengthTestInput) =>
  post<StoredStrengthTest>(patientPath(id, 'strength-tests'), input);
export const createCalendarFeed = (id: string) => post<CalendarFeed>(patientPath(id, 'calendar-feed'));
export const fetchProtocol = () => get<ProtocolView>(`${V1}/protocol`);

export const fetchTherapists = () => get<Therapist[]>(`${V1}/therapists`);
export const inviteTherapist = (input: { name: string; email: string }) =>
  post<Therapist>(`${V1}/therapists`, input);
export async function setTherapistActive(id: string, active: boolean): Promise<Therapist> {
  return (await requestJson<Therapist>('PATCH', `${V1}/therapists/${encodeURIComponent(id)}`, { active }))
    .body;
}

/** The audit page's filters; the page size is fixed here. */
export type AuditQuery = Omit<ServerAuditQuery, 'limit'>;

export function fetchAudit(query: AuditQuery): Promise<AuditEvent[]> {
  const search = new URLSearchParams({ limit: '200' });
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  return get(`${V1}/audit?${search}`);
}

/** The downloadable exports of one patient, in the language the clinician reads. */
export function exportLinks(patientId: string, locale: string) {
  const query = `?locale=${locale}`;
  return {
    handout: patientPath(patientId, `exports/handout.pdf${query}`),
    physicianSummary: patientPath(patientId, `exports/physician-summary.pdf${query}`),
    fhir: patientPath(patientId, `exports/fhir${query}`),
    monitoring: `${V1}/reports/monitoring.csv`,
  };
}
