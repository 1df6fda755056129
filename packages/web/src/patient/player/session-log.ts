import type { SessionLogInput } from '@minimus/contract';
import type { PerformedSet } from '@minimus/core';
import type { SavedSession } from './session-storage.js';

/** The body of `POST /session-logs`: the server stamps the prescription and phase from that day's plan. */
export type SessionLogRequest = SessionLogInput;

type SetRequest = SessionLogRequest['exercises'][number]['sets'][number];

function setRequest(set: PerformedSet): SetRequest {
  const { camera, ...performed } = set;
  return camera
    ? { ...performed, camera: { reps: camera.reps, peakDegrees: [...camera.peakDegrees] } }
    : performed;
}

/** The request a finished (or ended early) session becomes; null when nothing was done. */
export function sessionLogRequest(session: SavedSession): SessionLogRequest | null {
  if (session.finished.length === 0 || session.baselinePain === null) return null;
  return {
    clientId: session.clientId,
    date: session.date,
    baselinePain: session.baselinePain,
    exercises: session.finished.map((exercise) => ({ ...exercise, sets: exercise.sets.map(setRequest) })),
  };
}
