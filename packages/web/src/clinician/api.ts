import type {
  AttentionReason,
  DayPlan,
  IsoDate,
  Program,
  ProgramSummary,
  Protocol,
  SessionLog,
  Text,
} from '@minimus/core';
import { requestJson } from '../api/client.js';

/** The server's views the clinician pages read; shapes follow docs/api-contract.md. */
export interface PatientListItem {
  id: string;
  name: string;
  phase: number;
  status: 'active' | 'suspended' | 'discharged';
  /** `rank` is the place in the whole clinic's order; reasons come most urgent first. */
  attention: { rank: number; reasons: AttentionReason[] };
  lastDataDate: IsoDate | null;
  adherence7d: number | null;
  openAlerts: number;
}

export type PatientFilter = 'all' | 'attention' | 'active' | 'suspended' | 'discharged';

export interface PatientListPage {
  items: PatientListItem[];
  /** Asks for the next page; null on the last one. */
  nextCursor: string | null;
}

export interface PatientProfile {
  id: string;
  name: string;
  email: string;
  timeZone: string;
  therapistId: string;
  createdAt: string;
  program: Program;
  programVersion: number;
}

export interface ProgramChangeEntry {
  version: number;
  author: string;
  at: string;
  reason: string;
  kind: string;
}

export interface ProgramView {
  program: Program;
  version: number;
  changes: ProgramChangeEntry[];
}

export interface AlertView {
  id: string;
  patientId: string;
  patientName?: string;
  key: string;
  kind: string;
  severity: string;
  date: IsoDate;
  exerciseId: string | null;
  ruleId: string;
  /** Written to the patient; the clinician reads `therapistMessage`. */
  message: Text;
  physicianMessage: Text | null;
  therapistMessage: Text;
  status: 'open' | 'acknowledged';
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgedByName: string | null;
  note: string | null;
  createdAt: string;
}

export interface InvitationLink {
  url: string;
  expiresAt: string;
  qrSvg: string;
}

export interface Therapist {
  id: string;
  name: string;
  email: string;
  active: boolean;
  invitation?: InvitationLink;
}

export interface AuditEvent {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  patientId: string | null;
  outcome: 'allowed' | 'denied' | 'failed';
}

export interface NewPatient {
  name: string;
  email: string;
  injuryDate: IsoDate;
  side: 'left' | 'right';
  timeZone: string;
  condition?: 'muscle-strain' | 'tendinopathy';
}

export interface StrengthTestInput {
  date: IsoDate;
  method: 'dynamometer' | 'reps-at-load';
  injuredSide: number;
  uninjuredSide: number;
  loadKg: number | null;
}

type Common = { reason: string; effectiveFrom?: IsoDate };
/** The program changes the server accepts, one shape per kind, each with a reason. */
export type ProgramChange = Common &
  (
    | {
        kind: 'dose-edit';
        exerciseId: string;
        sets: number | null;
        reps: number | null;
        holdSeconds: number | null;
        effort: 'light' | 'moderate' | 'hard' | null;
        loadKg: number | null;
        loadKind: 'bodyweight' | 'ankle-weight' | 'resistance-band' | 'barbell' | null;
      }
    | { kind: 'lock'; exerciseId: string; locked: boolean }
    | { kind: 'diagnosis'; condition: 'muscle-strain' | 'tendinopathy' }
    | { kind: 'phase-override'; phase: 0 | 1 | 2 | 3 }
    | {
        kind: 'sign-off';
        signOff: 'resistance-gate' | 'discharge' | 'tendinopathy-isometrics' | 'resume-after-red-flag';
      }
    | { kind: 'selection'; exerciseId: string; included: boolean }
    | { kind: 'rest-days'; restDays: number }
    | { kind: 'resistance-weekdays'; weekdays: number[] }
  );

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
  post<StrengthTestInput & { id: string }>(patientPath(id, 'strength-tests'), input);
export const createCalendarFeed = (id: string) => post<{ url: string }>(patientPath(id, 'calendar-feed'));
export const fetchProtocol = () => get<Protocol>(`${V1}/protocol`);

export const fetchTherapists = () => get<Therapist[]>(`${V1}/therapists`);
export const inviteTherapist = (input: { name: string; email: string }) =>
  post<Therapist>(`${V1}/therapists`, input);
export async function setTherapistActive(id: string, active: boolean): Promise<Therapist> {
  return (await requestJson<Therapist>('PATCH', `${V1}/therapists/${encodeURIComponent(id)}`, { active }))
    .body;
}

export interface AuditQuery {
  actor?: string;
  patientId?: string;
  from?: string;
  to?: string;
}

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
