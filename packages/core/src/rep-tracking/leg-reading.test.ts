import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureBodyPoints } from '../testing/figure-body-points.js';
import { type BodyPoints, TRACKED_JOINTS, turnPoints } from './body-points.js';
import { pairLimbs, readLeg } from './leg-reading.js';

function abductionOf(points: BodyPoints): number {
  const reading = readLeg(points);
  if (!reading) throw new Error('no reading');
  return reading.abductionDegrees;
}

describe('the leg angle read from the joints', () => {
  it.each([
    { posture: 'standing', hipAbdW: 0 },
    { posture: 'standing', hipAbdW: 15 },
    { posture: 'standing', hipAbdW: 30 },
    { posture: 'standing', hipAbdW: 45 },
    { posture: 'lying', hipAbdW: 5 },
    { posture: 'lying', hipAbdW: 15 },
    { posture: 'lying', hipAbdW: 32 },
    { posture: 'lying', hipAbdW: 45 },
  ] as const)(
    "is within 3 degrees of the figure model's $hipAbdW degree lift ($posture, seen from the front)",
    ({ posture, hipAbdW }) => {
      expect(Math.abs(abductionOf(figureBodyPoints({ posture, pose: { hipAbdW } })) - hipAbdW)).toBeLessThan(
        3,
      );
    },
  );

  it('is the same whichever way the picture is turned, moved, scaled or mirrored', () => {
    const points = figureBodyPoints({ posture: 'lying', pose: { hipAbdW: 28 } });
    const expected = abductionOf(points);
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        fc.boolean(),
        (degrees, zoom, mirrored) => {
          const turned = turnPoints(points, degrees);
          const moved: Record<string, { at: readonly [number, number]; score: number }> = {};
          for (const [joint, seen] of Object.entries(turned))
            moved[joint] = {
              ...seen,
              at: [(mirrored ? -1 : 1) * seen.at[0] * zoom + 300, seen.at[1] * zoom - 40],
            };
          expect(abductionOf(moved)).toBeCloseTo(expected, 6);
        },
      ),
    );
  });

  it('does not depend on which leg the model calls left (labels swapped, knees swapped)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 45 }),
        fc.constantFrom('lying', 'standing'),
        (hipAbdW, posture) => {
          const points = figureBodyPoints({ posture, pose: { hipAbdW } });
          const swapped: BodyPoints = { ...points, leftKnee: points.rightKnee, rightKnee: points.leftKnee };
          expect(abductionOf(swapped)).toBeCloseTo(abductionOf(points), 9);
          const mirrored: BodyPoints = Object.fromEntries(
            TRACKED_JOINTS.map((joint) => [
              joint.startsWith('left') ? joint.replace('left', 'right') : joint.replace('right', 'left'),
              points[joint],
            ]),
          );
          expect(abductionOf(mirrored)).toBeCloseTo(abductionOf(points), 9);
        },
      ),
    );
  });

  it("pairs each hip with the nearer knee even when the lifted leg's labels cross", () => {
    const points = figureBodyPoints({ posture: 'standing', pose: { hipAbdW: 40 } });
    const limbs = pairLimbs({ ...points, leftKnee: points.rightKnee, rightKnee: points.leftKnee });
    expect(limbs?.[1].knee).toEqual(points.rightKnee?.at);
  });

  it.each([
    ['a knee is missing', { rightKnee: undefined }],
    ['a hip is unsure', { leftHip: { at: [0, 0], score: 0.1 } }],
    ['a shoulder is missing', { leftShoulder: undefined }],
  ] as const)('is not read when %s', (_, change) => {
    expect(readLeg({ ...figureBodyPoints({ posture: 'lying' }), ...change })).toBeNull();
  });

  it('reads the leg without the ankles, leaving the knee bend unknown', () => {
    const points = figureBodyPoints({ posture: 'lying', pose: { hipAbdW: 20 } });
    const reading = readLeg({ ...points, leftAnkle: undefined });
    expect(reading?.kneeBendDegrees).toBeNull();
    expect(reading?.abductionDegrees).toBe(abductionOf(points));
  });

  it('reads the higher leg: at rest below level, the top leg is not the one read', () => {
    const atRest = abductionOf(figureBodyPoints({ posture: 'lying', pose: { hipAbdW: -6 } }));
    expect(atRest).toBeGreaterThan(-6);
    expect(atRest).toBeLessThan(3);
  });
});
