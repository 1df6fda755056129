import type { CameraRule, FormCheck } from '../protocol/types.js';
import { foreshortening, median } from './geometry.js';
import type { LegReading } from './leg-reading.js';

/** One frame's reading at its time; null when the body was not seen (a dropped frame). */
export interface TimedReading {
  atMs: number;
  reading: LegReading | null;
}

/** The patient's own resting position, against which lifts and form are judged. */
export interface RestingPosition {
  abductionDegrees: number;
  thighShare: number;
  shankShare: number | null;
  kneeBendDegrees: number | null;
  trunkWidthShare: number;
}

export interface CountedRep {
  /** The highest leg angle of the repetition (smoothed), degrees from the trunk's line. */
  peakDegrees: number;
  /** Time the leg spent lifted past the start of a repetition. */
  heldMs: number;
  startMs: number;
  endMs: number;
}

interface Lift {
  startMs: number;
  peakDegrees: number;
  heldMs: number;
}

export type RepTracker =
  | { stage: 'settling'; recent: readonly LegReading[] }
  | {
      stage: 'counting';
      rest: RestingPosition;
      reps: readonly CountedRep[];
      lift: Lift | null;
      /** The last few angles: their median is the smoothed angle, so one wild frame moves nothing. */
      window: readonly number[];
      last: { atMs: number; lifted: boolean } | null;
      streaks: Readonly<Partial<Record<FormCheck, number>>>;
      /** Form cues raised in this set, in order, each once. */
      cues: readonly FormCheck[];
    };

/** A gap longer than this between two seen frames does not count as held. */
export const MAX_HELD_GAP_MS = 600;
const SMOOTHING_FRAMES = 3;

export const NEW_REP_TRACKER: RepTracker = { stage: 'settling', recent: [] };

function spread(values: readonly number[]): number {
  return Math.max(...values) - Math.min(...values);
}

function nullableMedian(values: readonly (number | null)[]): number | null {
  const seen = values.filter((value): value is number => value !== null);
  return seen.length === values.length ? median(seen) : null;
}

/** The resting position from readings of a still leg, or null until there are enough and they agree. */
export function restingPosition(readings: readonly LegReading[], rule: CameraRule): RestingPosition | null {
  if (readings.length < rule.restFrames) return null;
  const angles = readings.map((reading) => reading.abductionDegrees);
  if (spread(angles) > rule.restSpreadDegrees) return null;
  return {
    abductionDegrees: median(angles),
    thighShare: median(readings.map((reading) => reading.longestThighShare)),
    shankShare: nullableMedian(readings.map((reading) => reading.shankShare)),
    kneeBendDegrees: nullableMedian(readings.map((reading) => reading.kneeBendDegrees)),
    trunkWidthShare: median(readings.map((reading) => reading.trunkWidthShare)),
  };
}

/** How far, in degrees, a reading has moved from rest in the way a form check looks for. */
export function formMeasure(check: FormCheck, reading: LegReading, rest: RestingPosition): number {
  switch (check) {
    case 'trunk-rolling-back':
      return foreshortening(reading.trunkWidthShare, rest.trunkWidthShare);
    case 'hip-flexing-forward':
      return foreshortening(reading.thighShare, rest.thighShare);
    case 'knee-bending': {
      const inPicture =
        reading.kneeBendDegrees !== null && rest.kneeBendDegrees !== null
          ? reading.kneeBendDegrees - rest.kneeBendDegrees
          : 0;
      const outOfPicture =
        reading.shankShare !== null && rest.shankShare !== null
          ? foreshortening(reading.shankShare, rest.shankShare)
          : 0;
      return Math.max(inPicture, outOfPicture);
    }
  }
}

function settle(recent: readonly LegReading[], reading: LegReading | null, rule: CameraRule): RepTracker {
  if (!reading) return { stage: 'settling', recent: [] };
  const kept = [...recent, reading].slice(-rule.restFrames);
  const rest = restingPosition(kept, rule);
  if (!rest) return { stage: 'settling', recent: kept };
  return { stage: 'counting', rest, reps: [], lift: null, window: [], last: null, streaks: {}, cues: [] };
}

type Counting = Extract<RepTracker, { stage: 'counting' }>;

function watchForm(tracker: Counting, reading: LegReading, rule: CameraRule) {
  const streaks: Partial<Record<FormCheck, number>> = {};
  const cues = [...tracker.cues];
  for (const formRule of rule.formRules) {
    const over =
      tracker.lift !== null &&
      formMeasure(formRule.check, reading, tracker.rest) >= formRule.thresholdDegrees;
    const streak = over ? (tracker.streaks[formRule.check] ?? 0) + 1 : 0;
    streaks[formRule.check] = streak;
    if (streak >= formRule.frames && !cues.includes(formRule.check)) cues.push(formRule.check);
  }
  return { streaks, cues };
}

function count(tracker: Counting, frame: TimedReading & { reading: LegReading }, rule: CameraRule): Counting {
  const window = [...tracker.window, frame.reading.abductionDegrees].slice(-SMOOTHING_FRAMES);
  const degrees = median(window);
  const above = degrees - tracker.rest.abductionDegrees;
  const lifted = above >= rule.liftDegrees;
  const bridged = tracker.last?.lifted === true && frame.atMs - tracker.last.atMs <= MAX_HELD_GAP_MS;
  const heldMs = lifted && bridged && tracker.last ? frame.atMs - tracker.last.atMs : 0;
  let lift: Lift | null = tracker.lift;
  if (!lift && lifted) lift = { startMs: frame.atMs, peakDegrees: degrees, heldMs: 0 };
  else if (lift)
    lift = { ...lift, peakDegrees: Math.max(lift.peakDegrees, degrees), heldMs: lift.heldMs + heldMs };
  const form = watchForm({ ...tracker, lift }, frame.reading, rule);
  const last = { atMs: frame.atMs, lifted };
  if (lift && above <= rule.lowerDegrees) {
    const rep = {
      peakDegrees: lift.peakDegrees,
      heldMs: lift.heldMs,
      startMs: lift.startMs,
      endMs: frame.atMs,
    };
    return { ...tracker, ...form, window, last, lift: null, reps: [...tracker.reps, rep] };
  }
  return { ...tracker, ...form, window, last, lift };
}

/**
 * The tracker after one more frame: it first waits for the leg to rest still (`rule.restFrames` frames
 * within `rule.restSpreadDegrees`), then counts a repetition each time the leg rises `rule.liftDegrees`
 * above that rest and comes back within `rule.lowerDegrees`. A frame without a body is skipped.
 *
 * @example
 * trackReps(readings, SIDELYING_ABDUCTION_CAMERA).reps.length // the repetitions done
 */
export function stepRepTracker(tracker: RepTracker, frame: TimedReading, rule: CameraRule): RepTracker {
  if (tracker.stage === 'settling') return settle(tracker.recent, frame.reading, rule);
  if (!frame.reading) return tracker;
  return count(tracker, { atMs: frame.atMs, reading: frame.reading }, rule);
}

/** The tracker after a whole sequence of frames. */
export function trackReps(frames: readonly TimedReading[], rule: CameraRule): RepTracker {
  return frames.reduce<RepTracker>((tracker, frame) => stepRepTracker(tracker, frame, rule), NEW_REP_TRACKER);
}

/** The repetitions counted so far (none while settling). */
export function countedReps(tracker: RepTracker): readonly CountedRep[] {
  return tracker.stage === 'counting' ? tracker.reps : [];
}

/** Milliseconds the leg has been held up in the repetition under way, for the live hold timer. */
export function heldNowMs(tracker: RepTracker): number {
  return tracker.stage === 'counting' && tracker.last?.lifted ? (tracker.lift?.heldMs ?? 0) : 0;
}
