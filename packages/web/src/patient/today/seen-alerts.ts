import type { Alert } from '@minimus/core';

const SEEN_KEY = 'minimus.seenAlerts';
/** Keys kept per patient; older ones are dropped (an alert's key never comes back after weeks). */
const KEPT = 200;

function storageKey(patientId: string): string {
  return `${SEEN_KEY}.${patientId}`;
}

function seenKeys(patientId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey(patientId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

/** What Today shows of an alert: its full message the first time, then its quiet status line, if any. */
export type AlertShown = { kind: 'message'; alert: Alert } | { kind: 'status-line'; alert: Alert };

/**
 * The alerts of a plan as this phone shows them (CLINICAL 6: a message once, then a quiet status line,
 * never the same alarm every day). An alert without a status line keeps its message (a pause).
 */
export function alertsToShow(alerts: readonly Alert[], patientId: string): AlertShown[] {
  const seen = new Set(seenKeys(patientId));
  return alerts.flatMap((alert): AlertShown[] => {
    if (!seen.has(alert.key) || alert.statusLine === null) return [{ kind: 'message', alert }];
    return [{ kind: 'status-line', alert }];
  });
}

/** Remembers that the patient has been shown these alerts' messages. */
export function markAlertsSeen(alerts: readonly Alert[], patientId: string): void {
  const seen = seenKeys(patientId);
  const fresh = alerts.map((alert) => alert.key).filter((key) => !seen.includes(key));
  if (fresh.length === 0) return;
  localStorage.setItem(storageKey(patientId), JSON.stringify([...seen, ...fresh].slice(-KEPT)));
}
