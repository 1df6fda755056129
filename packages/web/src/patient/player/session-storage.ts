import type { ExerciseLog, IsoDate, Prescription } from '@minimus/core';
import type { PlayerState } from './machine.js';

/** One exercise finished in this session, as the session log will carry it. */
export type FinishedExercise = Pick<
  ExerciseLog,
  'exerciseId' | 'side' | 'sets' | 'painScore' | 'stoppedEarly'
> & {
  /** The dose this phone showed, sent with the log so the therapist reads what the patient followed. */
  shownPrescription?: Prescription;
};

/**
 * A session in progress, saved after every step so closing the app (or a flat battery) resumes it where it
 * stopped. The clientId is made once, so the log it becomes is stored once even if sent twice.
 */
export interface SavedSession {
  clientId: string;
  patientId: string;
  date: IsoDate;
  baselinePain: number | null;
  /**
   * The session's exercises, fixed at its start: each one's planned key (exercise and leg, `plannedKey`);
   * drafts saved before legs were named hold exercise ids.
   */
  exerciseIds: readonly string[];
  index: number;
  finished: readonly FinishedExercise[];
  player: PlayerState;
}

function key(patientId: string, date: IsoDate): string {
  return `minimus.session.${patientId}.${date}`;
}

export function savedSessionFor(patientId: string, date: IsoDate): SavedSession | null {
  const raw = localStorage.getItem(key(patientId, date));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as SavedSession;
    return parsed.patientId === patientId && parsed.date === date ? parsed : null;
  } catch {
    return null;
  }
}

export function saveSession(session: SavedSession): void {
  localStorage.setItem(key(session.patientId, session.date), JSON.stringify(session));
}

export function clearSession(patientId: string, date: IsoDate): void {
  localStorage.removeItem(key(patientId, date));
}

/** Sessions of earlier days left unfinished on this phone (the app was closed mid-session). */
export function staleSessions(today: IsoDate): SavedSession[] {
  const stale: SavedSession[] = [];
  for (let index = 0; index < localStorage.length; index += 1) {
    const name = localStorage.key(index);
    if (!name?.startsWith('minimus.session.')) continue;
    try {
      const session = JSON.parse(localStorage.getItem(name) ?? 'null') as SavedSession | null;
      if (session && session.date < today) stale.push(session);
    } catch {
      // Unreadable leftovers carry nothing that could be sent.
    }
  }
  return stale;
}
