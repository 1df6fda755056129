import type { Pose } from '../figures/skeleton.js';
import type { BodyPoints } from '../rep-tracking/body-points.js';
import { readLeg } from '../rep-tracking/leg-reading.js';
import type { TimedReading } from '../rep-tracking/rep-tracker.js';
import { type FigureShot, figureBodyPoints } from './figure-body-points.js';

/** A stretch of a set: the leg at rest, or one lift to `peakDegrees` with the pose changes it brings. */
export type Movement =
  | { kind: 'rest'; ms: number }
  | {
      kind: 'lift';
      peakDegrees: number;
      upMs: number;
      holdMs: number;
      downMs: number;
      /** Pose changes at the top (a bent knee), blended in with the lift. */
      atTop?: Partial<Pose>;
      rollBackDegrees?: number;
    };

export const FRAME_MS = 100;

interface MovementOptions {
  posture: FigureShot['posture'];
  restDegrees: number;
  /** Keypoint jitter, picture units either way, from a repeatable sequence. */
  jitter?: number;
  seed?: number;
  /** Frames (by index) the model missed. */
  dropped?: ReadonlySet<number>;
}

/** The lift's share (0-1) at `ms` into it: up, held, down. */
function liftShare(movement: Extract<Movement, { kind: 'lift' }>, ms: number): number {
  if (ms < movement.upMs) return ms / movement.upMs;
  if (ms < movement.upMs + movement.holdMs) return 1;
  return Math.max(0, 1 - (ms - movement.upMs - movement.holdMs) / movement.downMs);
}

function lengthOf(movement: Movement): number {
  return movement.kind === 'rest' ? movement.ms : movement.upMs + movement.holdMs + movement.downMs;
}

function shotAt(movement: Movement, ms: number, options: MovementOptions): FigureShot {
  if (movement.kind === 'rest') return { posture: options.posture, pose: { hipAbdW: options.restDegrees } };
  const share = liftShare(movement, ms);
  const atTop = Object.entries(movement.atTop ?? {}).map(([key, value]) => [key, share * value]);
  const pose: Partial<Pose> = {
    ...Object.fromEntries(atTop),
    hipAbdW: options.restDegrees + share * (movement.peakDegrees - options.restDegrees),
  };
  return { posture: options.posture, pose, rollBackDegrees: share * (movement.rollBackDegrees ?? 0) };
}

function jittered(points: BodyPoints, amount: number, next: () => number): BodyPoints {
  if (amount === 0) return points;
  return Object.fromEntries(
    Object.entries(points).map(([joint, seen]) => [
      joint,
      { ...seen, at: [seen.at[0] + (next() * 2 - 1) * amount, seen.at[1] + (next() * 2 - 1) * amount] },
    ]),
  );
}

/** A repeatable stream of numbers in [0, 1): the tests' noise, the same on every run. */
export function noise(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The readings a perfect pose model would give, frame by frame, of the figure doing `movements`. */
export function movementReadings(movements: readonly Movement[], options: MovementOptions): TimedReading[] {
  const next = noise(options.seed ?? 1);
  const frames: TimedReading[] = [];
  let startMs = 0;
  for (const movement of movements) {
    const length = lengthOf(movement);
    for (let ms = 0; ms < length; ms += FRAME_MS) {
      const index = frames.length;
      const points = jittered(figureBodyPoints(shotAt(movement, ms, options)), options.jitter ?? 0, next);
      frames.push({ atMs: startMs + ms, reading: options.dropped?.has(index) ? null : readLeg(points) });
    }
    startMs += length;
  }
  return frames;
}
