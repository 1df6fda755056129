import type { Arm, LimbSide, Skeleton } from './skeleton.js';
import { BODY } from './skeleton.js';
import { add, cross, dot, length, mix, offset, scale, sub, turn, type Vec3 } from './vector.js';

/** What a hand holds: the outside of the working knee, the working shin, or a fixed point (rail, chair). */
export type ReachTarget = 'knee' | 'shin' | Vec3;

const unit = (v: Vec3): Vec3 => scale(v, 1 / (length(v) || 1));

function targetPoint(body: Skeleton, target: ReachTarget, side: LimbSide): Vec3 {
  const leg = body.legs.W;
  if (target === 'knee') return offset(leg.knee, [body.pelvis.right, 6]);
  if (target === 'shin')
    return offset(mix(leg.knee, leg.ankle, 0.3), [body.pelvis.right, side === 'W' ? 6 : -6]);
  return target;
}

/**
 * Places an arm so its wrist reaches `target`, the elbow bending outwards and down: a two-bone
 * solution, so a hand stays on a knee, a shin or a rail as the body moves.
 */
export function reachArm(body: Skeleton, side: LimbSide, target: ReachTarget): Arm {
  const shoulder = body.arms[side].shoulder;
  const goal = targetPoint(body, target, side);
  const [upper, lower] = [BODY.upperArm, BODY.forearm];
  const toGoal = sub(goal, shoulder);
  const distance = Math.min(length(toGoal), upper + lower - 0.5);
  const direction = unit(toGoal);
  const out = side === 'W' ? body.chest.right : scale(body.chest.right, -1);
  const pole = unit(
    sub(
      add(out, scale(body.chest.up, -1)),
      scale(direction, dot(add(out, scale(body.chest.up, -1)), direction)),
    ),
  );
  const cosine = (upper ** 2 + distance ** 2 - lower ** 2) / (2 * upper * distance);
  const bend = (Math.acos(Math.max(-1, Math.min(1, cosine))) * 180) / Math.PI;
  const upperArm = turn(
    direction,
    direction,
    length(pole) > 0 ? pole : unit(cross(direction, body.chest.forward)),
    bend,
  );
  const elbow = offset(shoulder, [upperArm, upper]);
  const wrist = offset(shoulder, [direction, distance]);
  const forearm = unit(sub(wrist, elbow));
  return { shoulder, elbow, wrist, fingertip: offset(wrist, [forearm, BODY.hand]) };
}

/** The elbow's bend (degrees) of an arm, for the limits test of arms placed by reaching. */
export function elbowBend(arm: Arm): number {
  const upper = unit(sub(arm.elbow, arm.shoulder));
  const lower = unit(sub(arm.wrist, arm.elbow));
  return (Math.acos(Math.max(-1, Math.min(1, dot(upper, lower)))) * 180) / Math.PI;
}
