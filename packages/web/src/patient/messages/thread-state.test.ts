import type { MessageThreadView, MessageView } from '@minimus/contract';
import { SAFETY_NET_GUIDANCE_UNSENT } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../offline/outbox.js';
import { threadEntries } from './thread-state.js';

function storedMessage(overrides: Partial<MessageView> = {}): MessageView {
  return {
    id: 'm-1',
    clientId: 'c-1',
    author: 'patient',
    authorName: 'Pat',
    text: 'Hello',
    hasPhoto: false,
    sentAt: '2026-03-10T10:00:00.000Z',
    deliveredAt: null,
    readAt: null,
    state: 'sent',
    safetyNet: null,
    ...overrides,
  };
}

function waiting(
  clientId: string,
  text: string,
  createdAt: number,
  extra: Partial<OutboxItem> = {},
): OutboxItem {
  return {
    clientId,
    patientId: 'p-1',
    kind: 'messages',
    body: { clientId, text },
    createdAt,
    status: 'pending',
    error: null,
    ...extra,
  };
}

const thread = (messages: MessageView[]): MessageThreadView => ({ messages, unread: 0, contact: null });

describe('threadEntries: the thread with what waits on the phone', () => {
  it('puts messages still in the outbox after the stored ones, oldest first', () => {
    const entries = threadEntries(thread([storedMessage()]), [
      waiting('c-3', 'Third', 30),
      waiting('c-2', 'Second', 20),
    ]);
    expect(entries.map((entry) => (entry.kind === 'stored' ? entry.message.text : entry.text))).toEqual([
      'Hello',
      'Second',
      'Third',
    ]);
  });

  it('shows a message once when the server has it and the outbox still holds it', () => {
    const entries = threadEntries(thread([storedMessage({ clientId: 'c-2' })]), [waiting('c-2', 'Hello', 1)]);
    expect(entries.map((entry) => entry.kind)).toEqual(['stored']);
  });

  it('leaves other writes of the outbox out, and reads offline with no thread loaded', () => {
    const log: OutboxItem = {
      ...waiting('c-9', '', 1),
      kind: 'check-ins',
      body: { clientId: 'c-9', date: '2026-03-10' },
    };
    expect(threadEntries(null, [log, waiting('c-4', 'Offline', 2)])).toMatchObject([
      { kind: 'waiting', text: 'Offline', refused: null, guidance: null },
    ]);
  });

  it('answers a warning sign at once without claiming the therapist was told', () => {
    const [entry] = threadEntries(null, [waiting('c-5', 'Tengo dolor en el pecho', 1)]);
    expect(entry).toMatchObject({ kind: 'waiting', guidance: SAFETY_NET_GUIDANCE_UNSENT.emergency });
  });

  it('says why the server refused a message kept on the phone', () => {
    const [entry] = threadEntries(null, [waiting('c-6', 'x', 1, { status: 'failed', error: 'too long' })]);
    expect(entry).toMatchObject({ refused: 'too long' });
  });
});
