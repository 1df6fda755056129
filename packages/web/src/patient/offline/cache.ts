import { NetworkError } from '../../shared/api/client.js';
import { CACHE_STORE, clearStore, readOne, writeOne } from './database.js';

export interface Cached<T> {
  value: T;
  /** True when the network failed and the value came from this device. */
  fromDevice: boolean;
}

/**
 * Network first, device copy when offline: what was read last time opens without a connection.
 * Errors other than a missing connection (e.g. signed out) are not hidden behind stale data.
 */
export async function readThrough<T>(key: string, load: () => Promise<T>): Promise<Cached<T>> {
  try {
    const value = await load();
    await writeOne(CACHE_STORE, value, key);
    return { value, fromDevice: false };
  } catch (error) {
    if (!(error instanceof NetworkError)) throw error;
    const stored = await readOne<T>(CACHE_STORE, key);
    if (stored === undefined) throw error;
    return { value: stored, fromDevice: true };
  }
}

export function storeCached(key: string, value: unknown): Promise<void> {
  return writeOne(CACHE_STORE, value, key);
}

export function readCached<T>(key: string): Promise<T | undefined> {
  return readOne<T>(CACHE_STORE, key);
}

/** On sign-out: forget what was read; the outbox is kept so nothing logged is lost. */
export async function forgetCachedReads(): Promise<void> {
  await clearStore(CACHE_STORE);
  if ('caches' in window) await caches.delete('minimus-api');
}
