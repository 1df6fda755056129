import { reachArm } from './reach.js';
import {
  BODY,
  type BodyPreset,
  type LimbSide,
  legAxes,
  POSE_KEYS,
  type Pose,
  type Skeleton,
  skeleton,
} from './skeleton.js';
import type { FigureStage } from './types.js';
import { dot, length, RADIANS, scale, sub, type Vec3 } from './vector.js';

const unit = (v: Vec3): Vec3 => scale(v, 1 / (length(v) || 1));

/** Eases in and out, so a movement starts and ends gently, as the patient should move. */
function ease(progress: number): number {
  return progress * progress * (3 - 2 * progress);
}

function keyframePose(stage: FigureStage, index: number): Pose {
  return { ...stage.base, ...stage.keyframes[index]?.pose };
}

/** The pose and effort at `moment` (0-1) of the stage's loop, eased between the keyframes around it. */
export function interpolate(stage: FigureStage, moment: number): { pose: Pose; effort: number } {
  const frames = stage.keyframes;
  let after = frames.findIndex((frame) => frame.at >= moment);
  if (after < 0) after = frames.length - 1;
  const before = Math.max(0, frames[after]?.at === moment ? after : after - 1);
  const [from, to] = [frames[before], frames[after]];
  const span = (to?.at ?? 0) - (from?.at ?? 0);
  const amount = span > 0 ? ease((moment - (from?.at ?? 0)) / span) : 0;
  const [a, b] = [keyframePose(stage, before), keyframePose(stage, after)];
  const pose = Object.fromEntries(
    POSE_KEYS.map((key) => [key, a[key] + (b[key] - a[key]) * amount]),
  ) as Record<keyof Pose, number>;
  const effort = (from?.effort ?? 0) + ((to?.effort ?? 0) - (from?.effort ?? 0)) * amount;
  return { pose, effort };
}

const degrees = (radians: number) => radians / RADIANS;

/**
 * Turns the hip out or in, and bends hip, knee and ankle, so the foot stays where it was at the start of the loop (and as flat),
 * whatever the pelvis does: a two-bone solution in the leg's own plane.
 */
function plantFoot(pose: Pose, preset: BodyPreset, side: LimbSide, ankle: Vec3, foot: Vec3): Pose {
  const body = skeleton(pose, preset);
  const reach = sub(ankle, body.legs[side].hip);
  const out = side === 'W' ? body.pelvis.right : scale(body.pelvis.right, -1);
  const abduction = degrees(Math.atan2(dot(reach, out), -dot(reach, body.pelvis.up)));
  const abducted = { ...pose, [`hipAbd${side}`]: abduction } as Pose;
  const { plane } = legAxes(body.pelvis, abducted, side);
  const down = dot(reach, plane.down);
  const ahead = dot(reach, plane.forward);
  const [thigh, shank] = [BODY.thigh, BODY.shank];
  const distance = Math.min(Math.hypot(down, ahead), thigh + shank - 0.5);
  const inner = Math.acos((thigh ** 2 + shank ** 2 - distance ** 2) / (2 * thigh * shank));
  const offsetAngle = Math.acos((thigh ** 2 + distance ** 2 - shank ** 2) / (2 * thigh * distance));
  const bent = {
    ...abducted,
    [`hipFlex${side}`]: degrees(Math.atan2(ahead, down) + offsetAngle),
    [`knee${side}`]: 180 - degrees(inner),
  } as Pose;
  const axes = legAxes(body.pelvis, bent, side);
  const ankleAngle = Math.atan2(-dot(foot, axes.shank), dot(foot, axes.shankForward));
  return { ...bent, [`ankle${side}`]: degrees(ankleAngle) };
}

/** The stage's pose at `moment`, with its planted feet held on the ground. */
export function stagePose(stage: FigureStage, moment: number): { pose: Pose; effort: number } {
  const { pose, effort } = interpolate(stage, moment);
  const planted = stage.planted.reduce(
    (current, foot) => plantFoot(current, stage.preset, foot.side, foot.ankle, unit(foot.toes)),
    pose,
  );
  return { pose: planted, effort };
}

/** The posed body, with any hands moved to what they hold. */
export function stageSkeleton(stage: FigureStage, pose: Pose): Skeleton {
  const body = skeleton(pose, stage.preset);
  const reach = stage.reach;
  if (!reach) return body;
  return {
    ...body,
    arms: {
      W: reach.W ? reachArm(body, 'W', reach.W) : body.arms.W,
      O: reach.O ? reachArm(body, 'O', reach.O) : body.arms.O,
    },
  };
}
