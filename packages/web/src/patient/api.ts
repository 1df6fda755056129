import type {
  CalendarFeed,
  ContactCardView,
  DayPlan,
  MessageThreadView,
  Onboarding,
  ProgramSummary,
  ProtocolView,
} from '@minimus/contract';
import type { IsoDate } from '@minimus/core';
import { requestJson } from '../shared/api/client.js';

/** The server's views only the patient app reads, as @minimus/contract describes them. */
const V1 = '/api/v1';

function patientPath(patientId: string, rest: string): string {
  return `${V1}/patients/${encodeURIComponent(patientId)}/${rest}`;
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

/** The authenticator app's code: completes a sign-in that asked for one, or confirms TOTP enrolment. */

/** Whether the first safety questions are stored, and the activities last rated: the same on any phone. */
export async function fetchOnboarding(patientId: string): Promise<Onboarding> {
  return (await requestJson<Onboarding>('GET', patientPath(patientId, 'onboarding'))).body;
}

export async function createCalendarFeed(patientId: string): Promise<CalendarFeed> {
  return (await requestJson<CalendarFeed>('POST', patientPath(patientId, 'calendar-feed'))).body;
}

export function physicianSummaryUrl(patientId: string): string {
  return patientPath(patientId, 'exports/physician-summary.pdf');
}

export async function fetchThread(patientId: string): Promise<MessageThreadView> {
  return (await requestJson<MessageThreadView>('GET', patientPath(patientId, 'messages'))).body;
}

/**
 * The patient has read the therapist's messages (the thread is on screen); returns those left unread.
 * Delivery needs no receipt: the server marks it as it hands the thread over.
 */
export async function markThreadRead(patientId: string): Promise<number> {
  const path = patientPath(patientId, 'messages/receipts');
  return (await requestJson<{ unread: number }>('POST', path, { state: 'read' })).body.unread;
}

export async function fetchContactCard(patientId: string): Promise<ContactCardView | null> {
  return (await requestJson<ContactCardView | null>('GET', patientPath(patientId, 'contact-card'))).body;
}

export function messagePhotoUrl(patientId: string, messageId: string): string {
  return patientPath(patientId, `messages/${encodeURIComponent(messageId)}/photo`);
}

/** The device writes the outbox carries; each names its endpoint relative to the patient. */

export type OutboxKind =
  | 'session-logs'
  | 'check-ins'
  | 'screens/red-flag'
  | 'screens/tendinopathy'
  | 'screens/falls'
  | 'screens/maintenance-check-in'
  | 'psfs'
  | 'messages';

export function outboxPath(patientId: string, kind: OutboxKind): string {
  return patientPath(patientId, kind);
}
