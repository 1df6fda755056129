import type { ContactCardInput, ContactCardView, MessageThreadView, MessageView } from '@minimus/contract';
import { requestJson } from '../shared/api/client.js';
import { patientPath } from './api.js';

/** A patient's thread and the therapists' contact cards, as @minimus/contract describes them. */
export type { ContactCardView, MessageThreadView, MessageView };

const V1 = '/api/v1';

export async function fetchThread(patientId: string): Promise<MessageThreadView> {
  return (await requestJson<MessageThreadView>('GET', patientPath(patientId, 'messages'))).body;
}

/** Sends a reply; a retry with the same client id is stored once. */
export async function sendReply(patientId: string, clientId: string, text: string): Promise<MessageView> {
  return (await requestJson<MessageView>('POST', patientPath(patientId, 'messages'), { clientId, text }))
    .body;
}

export async function markThreadRead(patientId: string): Promise<number> {
  const path = patientPath(patientId, 'messages/receipts');
  return (await requestJson<{ unread: number }>('POST', path, { state: 'read' })).body.unread;
}

export function messagePhotoHref(patientId: string, messageId: string): string {
  return patientPath(patientId, `messages/${encodeURIComponent(messageId)}/photo`);
}

const cardPath = (therapistId: string) => `${V1}/therapists/${encodeURIComponent(therapistId)}/contact-card`;

export async function fetchContactCard(therapistId: string): Promise<ContactCardView | null> {
  return (await requestJson<ContactCardView | null>('GET', cardPath(therapistId))).body;
}

export async function saveContactCard(therapistId: string, card: ContactCardInput): Promise<ContactCardView> {
  return (await requestJson<ContactCardView>('PUT', cardPath(therapistId), card)).body;
}
