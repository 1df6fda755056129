import {
  bodySeen,
  type CameraRule,
  countedReps,
  type FormCheck,
  heldNowMs,
  NEW_REP_TRACKER,
  type RepTracker,
  readLeg,
  stepRepTracker,
} from '@minimus/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PoseModel } from './pose-model.js';

/** Where the counter is: opening, then looking for the body, measuring the rest, counting. */
export type CameraStatus = 'off' | 'loading' | 'looking' | 'settling' | 'counting' | 'no-camera' | 'failed';

export interface CameraCounterView {
  status: CameraStatus;
  reps: number;
  /** Peak angle of each repetition so far, degrees. */
  peaks: readonly number[];
  heldSeconds: number;
  cues: readonly FormCheck[];
}

const IDLE: CameraCounterView = { status: 'off', reps: 0, peaks: [], heldSeconds: 0, cues: [] };

function viewOf(tracker: RepTracker, seen: boolean): CameraCounterView {
  const reps = countedReps(tracker);
  return {
    status: tracker.stage === 'counting' ? 'counting' : seen ? 'settling' : 'looking',
    reps: reps.length,
    peaks: reps.map((rep) => rep.peakDegrees),
    heldSeconds: Math.floor(heldNowMs(tracker) / 1000),
    cues: tracker.stage === 'counting' ? tracker.cues : [],
  };
}

async function openCamera(video: HTMLVideoElement): Promise<MediaStream> {
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: 'user', width: { ideal: 640 }, height: { ideal: 480 } },
    audio: false,
  });
  video.srcObject = stream;
  await video.play();
  return stream;
}

/**
 * Runs the camera counter for one set at a time: opens the camera (only when `start` is called, after a
 * tap), loads the pose model on demand, and feeds each frame's joints through core's rep tracker.
 * `newSet` starts counting again from a fresh rest. Frames are read and dropped, never kept.
 */
export function useCameraCounter(rule: CameraRule) {
  const video = useRef<HTMLVideoElement>(null);
  const [view, setView] = useState<CameraCounterView>(IDLE);
  const tracker = useRef<RepTracker>(NEW_REP_TRACKER);
  const running = useRef(false);
  const stream = useRef<MediaStream | null>(null);

  const stop = useCallback(() => {
    running.current = false;
    for (const track of stream.current?.getTracks() ?? []) track.stop();
    stream.current = null;
  }, []);

  const loop = useCallback(
    async (model: PoseModel, element: HTMLVideoElement) => {
      while (running.current) {
        const points = await model.see(element, rule.posture === 'lying');
        const seen = bodySeen(points);
        tracker.current = stepRepTracker(
          tracker.current,
          { atMs: performance.now(), reading: readLeg(points) },
          rule,
        );
        setView(viewOf(tracker.current, seen));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    [rule],
  );

  const start = useCallback(async () => {
    const element = video.current;
    if (!element || running.current) return;
    if (!navigator.mediaDevices?.getUserMedia) return setView({ ...IDLE, status: 'no-camera' });
    setView({ ...IDLE, status: 'loading' });
    running.current = true;
    try {
      const [opened, model] = await Promise.all([
        openCamera(element),
        import('./pose-model.js').then((module) => module.loadPoseModel()),
      ]);
      stream.current = opened;
      if (!running.current) return stop();
      await loop(model, element);
    } catch {
      stop();
      setView({ ...IDLE, status: 'failed' });
    }
  }, [loop, stop]);

  const newSet = useCallback(() => {
    tracker.current = NEW_REP_TRACKER;
    setView((current) => ({ ...IDLE, status: current.status === 'counting' ? 'settling' : current.status }));
  }, []);

  useEffect(() => stop, [stop]);
  return { video, view, start, stop, newSet };
}
