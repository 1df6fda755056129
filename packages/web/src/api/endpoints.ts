import type {
  AcceptedInvitation,
  CalendarFeed,
  DayPlan,
  InvitationStatus,
  Me,
  ProgramSummary,
  ProtocolView,
} from '@minimus/contract';
import type { IsoDate } from '@minimus/core';
import { requestJson } from './client.js';

/** The server's views the patient app reads, as @minimus/contract describes them. */
export type { Me };
export type InvitationInfo = InvitationStatus;

const V1 = '/api/v1';

function patientPath(patientId: string, rest: string): string {
  return `${V1}/patients/${encodeURIComponent(patientId)}/${rest}`;
}

export async function fetchMe(): Promise<Me> {
  return (await requestJson<Me>('GET', `${V1}/me`)).body;
}

export async function fetchProtocol(): Promise<ProtocolView> {
  return (await requestJson<ProtocolView>('GET', `${V1}/protocol`)).body;
}

export async function fetchPlans(patientId: string, from: IsoDate, days: number): Promise<DayPlan[]> {
  return (await requestJson<DayPlan[]>('GET', patientPath(patientId, `plans?from=${from}&days=${days}`)))
    .body;
}

export async function fetchSummary(patientId: string): Promise<ProgramSummary> {
  return (await requestJson<ProgramSummary>('GET', patientPath(patientId, 'summary'))).body;
}

/** Signs in; an account with a second factor gets no session yet and must send a code (`verifyTotp`). */
export async function signIn(email: string, password: string): Promise<{ needsCode: boolean }> {
  const { body } = await requestJson<{ twoFactorRedirect?: boolean } | null>(
    'POST',
    '/api/auth/sign-in/email',
    { email, password },
  );
  return { needsCode: body?.twoFactorRedirect === true };
}

/** The authenticator app's code: completes a sign-in that asked for one, or confirms TOTP enrolment. */
export async function verifyTotp(code: string): Promise<void> {
  await requestJson('POST', '/api/auth/two-factor/verify-totp', { code });
}

export async function signOut(): Promise<void> {
  await requestJson('POST', '/api/auth/sign-out', {});
}

export async function fetchInvitation(token: string): Promise<InvitationInfo> {
  return (await requestJson<InvitationInfo>('GET', `${V1}/invitations/${encodeURIComponent(token)}`)).body;
}

export async function acceptInvitation(
  token: string,
  password: string,
  locale: string,
): Promise<AcceptedInvitation> {
  const path = `${V1}/invitations/${encodeURIComponent(token)}/accept`;
  return (await requestJson<AcceptedInvitation>('POST', path, { password, locale })).body;
}

export async function createCalendarFeed(patientId: string): Promise<CalendarFeed> {
  return (await requestJson<CalendarFeed>('POST', patientPath(patientId, 'calendar-feed'))).body;
}

export function physicianSummaryUrl(patientId: string): string {
  return patientPath(patientId, 'exports/physician-summary.pdf');
}

/** The device writes the outbox carries; each names its endpoint relative to the patient. */
export type OutboxKind = 'session-logs' | 'check-ins' | 'screens/red-flag' | 'screens/tendinopathy' | 'psfs';

export function outboxPath(patientId: string, kind: OutboxKind): string {
  return patientPath(patientId, kind);
}
