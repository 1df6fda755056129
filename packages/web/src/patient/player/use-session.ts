import type { PlannedExercise } from '@minimus/core';
import { useCallback, useRef, useState } from 'react';
import { usePatientSession } from '../app/session.js';
import { type CameraSet, withCameraCounts } from '../camera/camera-log.js';
import { enqueue } from '../offline/sync.js';
import { initialPlayerState, type PlayerDose, type PlayerState, performedSets } from './machine.js';
import { sessionLogRequest } from './session-log.js';
import { clearSession, type SavedSession, saveSession } from './session-storage.js';

export interface SessionControls {
  session: SavedSession;
  saved: boolean;
  setBaseline: (painScore: number) => void;
  /** Every player step, saved so the session resumes where it stopped. */
  progress: (player: PlayerState) => void;
  completeExercise: (
    planned: PlannedExercise,
    state: PlayerState,
    dose: PlayerDose,
    /** What the camera counted, set by set, when the patient used it. */
    camera?: readonly CameraSet[],
  ) => void;
  /** Ends the session now with the exercises done so far. */
  finish: () => void;
}

/**
 * A session's progress, saved on every change; once it ends, the log goes to the outbox with the
 * session's clientId and the draft is removed.
 */
export function useSession(initial: SavedSession): SessionControls {
  const { patientId } = usePatientSession();
  const [session, setSession] = useState(initial);
  const [saved, setSaved] = useState(false);
  // The player reports every tick; reading the latest session from a ref keeps its callback stable.
  const latest = useRef(initial);
  const update = useCallback((next: SavedSession) => {
    latest.current = next;
    saveSession(next);
    setSession(next);
  }, []);
  const end = useCallback(
    async (final: SavedSession) => {
      const request = sessionLogRequest(final);
      if (request) await enqueue(patientId, 'session-logs', request);
      clearSession(final.patientId, final.date);
      latest.current = final;
      setSession(final);
      setSaved(true);
    },
    [patientId],
  );
  const progress = useCallback((player: PlayerState) => update({ ...latest.current, player }), [update]);
  const setBaseline = useCallback(
    (baselinePain: number) => update({ ...latest.current, baselinePain }),
    [update],
  );
  const completeExercise = useCallback(
    (planned: PlannedExercise, state: PlayerState, dose: PlayerDose, camera?: readonly CameraSet[]) => {
      const current = latest.current;
      const finished = [
        ...current.finished,
        {
          exerciseId: planned.exerciseId,
          side: planned.side,
          sets: withCameraCounts(performedSets(state, dose), camera),
          painScore: state.painScore ?? 0,
          stoppedEarly: state.stoppedEarly || state.stoppedForToday,
          shownPrescription: planned.prescription,
        },
      ];
      const next = { ...current, finished, index: current.index + 1, player: initialPlayerState() };
      if (next.index >= next.exerciseIds.length) void end(next);
      else update(next);
    },
    [end, update],
  );
  const finish = useCallback(() => void end(latest.current), [end]);
  return { session, saved, setBaseline, progress, completeExercise, finish };
}
