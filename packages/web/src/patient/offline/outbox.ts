import type { OutboxKind } from '../api.js';

/** A write made on the device, kept until the server has confirmed it. */
export interface OutboxItem {
  clientId: string;
  patientId: string;
  kind: OutboxKind;
  /** The request body; carries the same `clientId`, so a replay is recognised by the server. */
  body: Readonly<Record<string, unknown>> & { clientId: string; date?: string };
  /** Milliseconds since the epoch: sends go oldest first, as the engine reads history in order. */
  createdAt: number;
  /** `failed`: the server refused it (not a network problem); kept and shown, never dropped. */
  status: 'pending' | 'failed';
  error: string | null;
}

/** Where outbox items live: IndexedDB in the app. */
export interface OutboxStore {
  list(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  remove(clientId: string): Promise<void>;
}

export type SendResult = { kind: 'stored' } | { kind: 'refused'; message: string } | { kind: 'unreachable' };

export interface SyncReport {
  sent: number;
  refused: number;
  /** Items still waiting because the connection failed part-way. */
  waiting: number;
}

/**
 * Sends waiting items oldest first. An item leaves the outbox only after the server answered that it is
 * stored (201, or 200 for a replayed clientId), so closing the app or losing the connection mid-way
 * loses nothing and the next run resends the same clientId.
 */
export async function syncOutbox(
  store: OutboxStore,
  send: (item: OutboxItem) => Promise<SendResult>,
): Promise<SyncReport> {
  const items = (await store.list())
    .filter((item) => item.status === 'pending')
    .sort((a, b) => a.createdAt - b.createdAt);
  const report: SyncReport = { sent: 0, refused: 0, waiting: 0 };
  for (const [index, item] of items.entries()) {
    const result = await send(item);
    if (result.kind === 'unreachable') {
      report.waiting = items.length - index;
      break;
    }
    if (result.kind === 'stored') {
      await store.remove(item.clientId);
      report.sent += 1;
    } else {
      await store.put({ ...item, status: 'failed', error: result.message });
      report.refused += 1;
    }
  }
  return report;
}
