import type { MessageThreadView, MessageView } from '@minimus/contract';
import { checkMessageSafetyNet, SAFETY_NET_GUIDANCE_UNSENT, type Text } from '@minimus/core';
import type { OutboxItem } from '../offline/outbox.js';

/** One line of the thread as the patient sees it: stored on the server, or still on this phone. */
export type ThreadEntry =
  | { kind: 'stored'; message: MessageView }
  | {
      kind: 'waiting';
      clientId: string;
      text: string;
      hasPhoto: boolean;
      refused: string | null;
      /** The safety net's answer, given on the phone at once (core's rule), before the message is sent. */
      guidance: Text | null;
    };

/**
 * The thread oldest first, the messages waiting in the outbox at the bottom. A message the server has
 * stored while the outbox still holds it (a reply lost on the way back) shows once, as stored.
 */
export function threadEntries(
  thread: MessageThreadView | null,
  outbox: readonly OutboxItem[],
): ThreadEntry[] {
  const stored = thread?.messages ?? [];
  const storedIds = new Set(stored.map((message) => message.clientId));
  const waiting = outbox
    .filter((item) => item.kind === 'messages' && !storedIds.has(item.clientId))
    .sort((left, right) => left.createdAt - right.createdAt)
    .map((item): ThreadEntry => {
      const text = typeof item.body.text === 'string' ? item.body.text : '';
      const safety = checkMessageSafetyNet(text);
      return {
        kind: 'waiting',
        clientId: item.clientId,
        text,
        hasPhoto: typeof item.body.photo === 'string',
        refused: item.status === 'failed' ? (item.error ?? '') : null,
        guidance: safety.kind === 'warning-sign' ? SAFETY_NET_GUIDANCE_UNSENT[safety.tier] : null,
      };
    });
  return [...stored.map((message): ThreadEntry => ({ kind: 'stored', message })), ...waiting];
}
