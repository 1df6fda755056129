import type { MessageThreadView } from '@minimus/contract';
import { useSyncExternalStore } from 'react';
import { fetchThread } from '../api.js';
import { readThrough } from '../offline/cache.js';

/** How often an open app looks for new messages (a push notification tells of one sooner). */
const CHECK_EVERY_MS = 120_000;

let unread = 0;
const listeners = new Set<() => void>();

export function setUnread(count: number): void {
  if (count === unread) return;
  unread = count;
  for (const listener of listeners) listener();
}

/** Messages from the therapist the patient has not read, for the tab bar. */
export function useUnread(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => unread,
  );
}

/**
 * The thread, from the server when it answers (kept on the phone, so it opens offline) or as last kept.
 * The server marks the therapist's messages delivered as it hands them over.
 */
export async function loadThread(
  patientId: string,
): Promise<{ thread: MessageThreadView; fromDevice: boolean }> {
  const cached = await readThrough(`messages:${patientId}`, () => fetchThread(patientId));
  setUnread(cached.value.unread);
  return { thread: cached.value, fromDevice: cached.fromDevice };
}

/** Checks for new messages now and every two minutes while the app is open; returns the stop function. */
export function watchUnread(patientId: string): () => void {
  const check = () => {
    if (navigator.onLine) loadThread(patientId).catch(() => undefined);
  };
  check();
  const timer = window.setInterval(check, CHECK_EVERY_MS);
  return () => window.clearInterval(timer);
}
