import { type BodyPoints, bodySeen, type PicturePoint } from './body-points.js';
import { angleBetween, DEGREES, dot2, midpoint, minus, span } from './geometry.js';

/** What one frame shows of the lifted leg, as angles and lengths relative to the trunk. */
export interface LegReading {
  /** The lifted leg's angle out from the trunk's line, degrees: 0 in line, + away from the other leg. */
  abductionDegrees: number;
  /** The lifted thigh's length over the trunk's (hip centre to shoulder centre). */
  thighShare: number;
  /** The longer thigh's share: at rest, the leg lying flat in the picture. */
  longestThighShare: number;
  /** The lifted shank's length over its thigh's, when the ankle is seen. */
  shankShare: number | null;
  /** The bend at the lifted knee within the picture, degrees, when the ankle is seen. */
  kneeBendDegrees: number | null;
  /** The width of hips and shoulders over the trunk's length: it narrows as the trunk rolls. */
  trunkWidthShare: number;
}

interface Limb {
  hip: PicturePoint;
  knee: PicturePoint;
  ankle: PicturePoint | null;
}

/**
 * Each hip with its knee by position, not by label: the model's labels swap when a leg is lifted far, so
 * the pairing that makes the two thighs shortest in total wins. Each ankle goes to its knee the same way.
 */
export function pairLimbs(points: BodyPoints): [Limb, Limb] | null {
  const { leftHip, rightHip, leftKnee, rightKnee, leftAnkle, rightAnkle } = points;
  if (!leftHip || !rightHip || !leftKnee || !rightKnee) return null;
  const straight = span(minus(leftHip.at, leftKnee.at)) + span(minus(rightHip.at, rightKnee.at));
  const crossed = span(minus(leftHip.at, rightKnee.at)) + span(minus(rightHip.at, leftKnee.at));
  const [kneeA, kneeB] = straight <= crossed ? [leftKnee.at, rightKnee.at] : [rightKnee.at, leftKnee.at];
  const ankles = pairAnkles(kneeA, kneeB, leftAnkle?.at ?? null, rightAnkle?.at ?? null);
  return [
    { hip: leftHip.at, knee: kneeA, ankle: ankles[0] },
    { hip: rightHip.at, knee: kneeB, ankle: ankles[1] },
  ];
}

function pairAnkles(
  kneeA: PicturePoint,
  kneeB: PicturePoint,
  left: PicturePoint | null,
  right: PicturePoint | null,
): [PicturePoint | null, PicturePoint | null] {
  if (!left || !right) return [null, null];
  const straight = span(minus(kneeA, left)) + span(minus(kneeB, right));
  const crossed = span(minus(kneeA, right)) + span(minus(kneeB, left));
  return straight <= crossed ? [left, right] : [right, left];
}

/** A leg's angle from the trunk's downward line, + towards its own side (away from the other hip). */
function abduction(limb: Limb, otherHip: PicturePoint, down: PicturePoint): number {
  const across: PicturePoint = [-down[1], down[0]];
  const side = Math.sign(dot2(minus(limb.hip, otherHip), across)) || 1;
  const thigh = minus(limb.knee, limb.hip);
  return Math.atan2(side * dot2(thigh, across), dot2(thigh, down)) * DEGREES;
}

/**
 * Reads the lifted leg from one frame's joints, or null when the body is not seen well enough (a joint
 * missing or unsure, or a trunk with no length). Only angles and ratios: the same reading for any
 * position, size or turn of the body in the picture.
 *
 * @example
 * readLeg(points)?.abductionDegrees // about 30 when the top leg is lifted 30 degrees
 */
export function readLeg(points: BodyPoints): LegReading | null {
  if (!bodySeen(points)) return null;
  const limbs = pairLimbs(points);
  const { leftShoulder, rightShoulder } = points;
  if (!limbs || !leftShoulder || !rightShoulder) return null;
  const hips = midpoint(limbs[0].hip, limbs[1].hip);
  const trunk = minus(midpoint(leftShoulder.at, rightShoulder.at), hips);
  const trunkLength = span(trunk);
  if (trunkLength === 0) return null;
  const down: PicturePoint = [-trunk[0] / trunkLength, -trunk[1] / trunkLength];
  const angles = [abduction(limbs[0], limbs[1].hip, down), abduction(limbs[1], limbs[0].hip, down)] as const;
  const lifted = angles[0] >= angles[1] ? limbs[0] : limbs[1];
  const thigh = minus(lifted.knee, lifted.hip);
  const shank = lifted.ankle ? minus(lifted.ankle, lifted.knee) : null;
  const width = span(minus(limbs[0].hip, limbs[1].hip)) + span(minus(leftShoulder.at, rightShoulder.at));
  return {
    abductionDegrees: Math.max(angles[0], angles[1]),
    thighShare: span(thigh) / trunkLength,
    longestThighShare: Math.max(...limbs.map((limb) => span(minus(limb.knee, limb.hip)))) / trunkLength,
    shankShare: shank && span(thigh) > 0 ? span(shank) / span(thigh) : null,
    kneeBendDegrees: shank ? angleBetween(thigh, shank) : null,
    trunkWidthShare: width / 2 / trunkLength,
  };
}
