import { useSyncExternalStore } from 'react';
import { ApiError, isRetryable, requestJson } from '../../shared/api/client.js';
import { type OutboxKind, outboxPath } from '../api.js';
import { deleteOne, OUTBOX_STORE, readAll, writeOne } from './database.js';
import { type OutboxItem, type OutboxStore, type SendResult, syncOutbox } from './outbox.js';

export interface SyncState {
  online: boolean;
  syncing: boolean;
  pending: number;
  failed: number;
  /** Items still in the outbox: the app shows them as done already. */
  items: readonly OutboxItem[];
}

const indexedDbOutbox: OutboxStore = {
  list: () => readAll<OutboxItem>(OUTBOX_STORE),
  put: (item) => writeOne(OUTBOX_STORE, item),
  remove: (clientId) => deleteOne(OUTBOX_STORE, clientId),
};

let state: SyncState = { online: true, syncing: false, pending: 0, failed: 0, items: [] };
const listeners = new Set<() => void>();

function setState(next: Partial<SyncState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

async function refreshCounts(): Promise<void> {
  const items = await indexedDbOutbox.list();
  setState({
    items,
    pending: items.filter((item) => item.status === 'pending').length,
    failed: items.filter((item) => item.status === 'failed').length,
  });
}

async function send(item: OutboxItem): Promise<SendResult> {
  try {
    await requestJson('POST', outboxPath(item.patientId, item.kind), item.body);
    return { kind: 'stored' };
  } catch (error) {
    if (isRetryable(error)) return { kind: 'unreachable' };
    // Signed out: keep the item pending so it goes out after the next sign-in.
    if (error instanceof ApiError && error.status === 401) return { kind: 'unreachable' };
    return { kind: 'refused', message: error instanceof Error ? error.message : String(error) };
  }
}

let running: Promise<void> | null = null;

/** Sends what waits in the outbox; one run at a time in this tab, and one across tabs where Web Locks exist. */
export function syncNow(): Promise<void> {
  running ??= (async () => {
    setState({ syncing: true });
    try {
      const run = () => syncOutbox(indexedDbOutbox, send);
      if (navigator.locks) await navigator.locks.request('minimus-outbox', run);
      else await run();
    } finally {
      await refreshCounts();
      setState({ syncing: false });
      running = null;
    }
  })();
  return running;
}

/** Keeps a write on the device first, then tries to send it. Returns once the write is safely stored locally. */
export async function enqueue(
  patientId: string,
  kind: OutboxKind,
  body: OutboxItem['body'],
): Promise<OutboxItem> {
  const item: OutboxItem = {
    clientId: body.clientId,
    patientId,
    kind,
    body,
    createdAt: Date.now(),
    status: 'pending',
    error: null,
  };
  await indexedDbOutbox.put(item);
  await refreshCounts();
  void syncNow();
  return item;
}

/** Starts watching the connection: syncs at start, when the browser comes back online, and every 30 s. */
export function startSync(): void {
  setState({ online: navigator.onLine });
  window.addEventListener('online', () => {
    setState({ online: true });
    void syncNow();
  });
  window.addEventListener('offline', () => setState({ online: false }));
  window.setInterval(() => {
    if (navigator.onLine && state.pending > 0) void syncNow();
  }, 30_000);
  void refreshCounts().then(() => syncNow());
}

export function useSyncState(): SyncState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
