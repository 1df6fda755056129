import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIDELYING_ABDUCTION_CAMERA as RULE } from '../protocol/content/exercises/camera-rules.js';
import { FRAME_MS, type Movement, movementReadings } from '../testing/movement-readings.js';
import { countedReps, heldNowMs, NEW_REP_TRACKER, stepRepTracker, trackReps } from './rep-tracker.js';

const LYING = { posture: 'lying', restDegrees: -6 } as const;
const STANDING = { posture: 'standing', restDegrees: 0 } as const;
const rest = (ms = 1500): Movement => ({ kind: 'rest', ms });
const lift = (peakDegrees: number, holdMs = 500, more: Partial<Movement> = {}): Movement =>
  ({ kind: 'lift', peakDegrees, upMs: 800, holdMs, downMs: 800, ...more }) as Movement;

describe('counting repetitions against the resting angle', () => {
  it.each([
    {
      what: 'three full lifts lying',
      movements: [rest(), lift(30), lift(32), lift(28), rest()],
      options: LYING,
      reps: 3,
    },
    {
      what: 'three full lifts standing',
      movements: [rest(), lift(30), lift(25), lift(35), rest()],
      options: STANDING,
      reps: 3,
    },
    {
      what: 'a partial lift between two full ones',
      movements: [rest(), lift(30), lift(9), lift(30), rest()],
      options: LYING,
      reps: 2,
    },
    {
      what: 'only partial lifts',
      movements: [rest(), lift(10), lift(8), rest()],
      options: STANDING,
      reps: 0,
    },
    {
      what: 'a lift still in the air at the end',
      movements: [rest(), lift(30), lift(30, 3000)].slice(0, 2),
      options: LYING,
      reps: 1,
    },
  ])('counts $reps for $what', ({ movements, options, reps }) => {
    expect(countedReps(trackReps(movementReadings(movements, options), RULE))).toHaveLength(reps);
  });

  it('waits for the leg to be still before it counts anything', () => {
    const restless = movementReadings([lift(30, 0), lift(30, 0), lift(30, 0)], LYING);
    expect(trackReps(restless, RULE).stage).toBe('settling');
  });

  it("records each repetition's peak angle within 3 degrees of the figure's", () => {
    const peaks = [22, 30, 38];
    const reps = countedReps(
      trackReps(movementReadings([rest(), ...peaks.map((peak) => lift(peak)), rest()], LYING), RULE),
    );
    expect(reps).toHaveLength(3);
    for (const [index, rep] of reps.entries())
      expect(Math.abs(rep.peakDegrees - (peaks[index] ?? 0))).toBeLessThan(3);
  });

  it('counts every full lift and no partial one through jitter and dropped frames, peaks within 5 degrees', () => {
    const movement = fc.oneof(
      fc.record({
        full: fc.constant(true),
        peak: fc.integer({ min: 22, max: 45 }),
        // A pause at the top, as the exercise asks: a peak seen in one frame only is smoothed away.
        hold: fc.integer({ min: 300, max: 2000 }),
      }),
      fc.record({
        full: fc.constant(false),
        peak: fc.integer({ min: -6, max: 8 }),
        hold: fc.integer({ min: 0, max: 2000 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(movement, { maxLength: 6 }),
        fc.constantFrom(LYING, STANDING),
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.array(fc.nat(200), { maxLength: 20 }),
        (lifts, options, seed, dropped) => {
          const movements = [
            rest(),
            ...lifts.flatMap((one) => [lift(one.peak, one.hold), rest(400)]),
            rest(),
          ];
          const readings = movementReadings(movements, {
            ...options,
            jitter: 0.6,
            seed,
            dropped: new Set(dropped.filter((frame) => frame > 15)),
          });
          const reps = countedReps(trackReps(readings, RULE));
          expect(reps).toHaveLength(lifts.filter((one) => one.full).length);
          const peaks = lifts.filter((one) => one.full).map((one) => one.peak);
          for (const [index, rep] of reps.entries())
            expect(Math.abs(rep.peakDegrees - (peaks[index] ?? 0))).toBeLessThan(5);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the hold timer', () => {
  it.each([0, 1000, 3000])(
    'runs for a %i ms hold at the top (and the parts of the lift past the start line)',
    (holdMs) => {
      const [rep] = countedReps(trackReps(movementReadings([rest(), lift(32, holdMs), rest()], LYING), RULE));
      expect(rep?.heldMs).toBeGreaterThanOrEqual(holdMs);
      expect(rep?.heldMs).toBeLessThanOrEqual(holdMs + 1000);
    },
  );

  it('stops while the leg is not seen for longer than a moment', () => {
    const movements = [rest(), lift(32, 3000), rest()];
    const readings = movementReadings(movements, LYING);
    const holdStart = readings.findIndex((frame) => frame.atMs >= 1500 + 800 + 500);
    const blind = new Set(Array.from({ length: 10 }, (_, index) => holdStart + index));
    const [seen] = countedReps(trackReps(readings, RULE));
    const [gapped] = countedReps(trackReps(movementReadings(movements, { ...LYING, dropped: blind }), RULE));
    expect((seen?.heldMs ?? 0) - (gapped?.heldMs ?? 0)).toBeGreaterThanOrEqual(10 * FRAME_MS);
  });

  it('shows time only while the leg is up, and zero once it is back down', () => {
    const readings = movementReadings([rest(), lift(32, 2000), rest()], LYING);
    let tracker = NEW_REP_TRACKER;
    const shown: number[] = [];
    for (const frame of readings) {
      tracker = stepRepTracker(tracker, frame, RULE);
      shown.push(heldNowMs(tracker));
    }
    expect(Math.max(...shown)).toBeGreaterThanOrEqual(2000);
    expect(shown.at(-1)).toBe(0);
    expect(shown.slice(0, 15).every((ms) => ms === 0)).toBe(true);
  });
});

describe('form cues', () => {
  it.each([
    { what: 'a clean lift', top: {}, roll: 0, cues: [] },
    { what: 'the knee bending', top: { kneeW: 60 }, roll: 0, cues: ['knee-bending'] },
    { what: 'the hip flexing forward', top: { hipFlexW: 55 }, roll: 0, cues: ['hip-flexing-forward'] },
    { what: 'the trunk rolling back', top: {}, roll: 50, cues: ['trunk-rolling-back'] },
  ])('raises $cues for $what, once however many repetitions show it', ({ top, roll, cues }) => {
    const bad = lift(30, 800, { atTop: top, rollBackDegrees: roll });
    const tracker = trackReps(
      movementReadings([rest(), bad, bad, bad, rest()], { ...LYING, jitter: 0.5 }),
      RULE,
    );
    expect(tracker.stage === 'counting' ? tracker.cues : null).toEqual(cues);
  });
});
