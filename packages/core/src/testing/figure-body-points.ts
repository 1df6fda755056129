import { camera, type View } from '../figures/camera.js';
import { figureStage } from '../figures/frame.js';
import { type BodyPreset, type Pose, type Skeleton, STANDING_POSE, skeleton } from '../figures/skeleton.js';
import { RADIANS, type Vec3 } from '../figures/vector.js';
import type { BodyPoints, TrackedJoint } from '../rep-tracking/body-points.js';

/** The side-lying leg lift's resting pose, straight from the figure library. */
export const SIDE_LYING_REST: Pose = figureStage({ figure: 'sidelying-abduction' }).base;
export const STANDING_REST: Pose = STANDING_POSE;

/** A phone on the floor in front of a side-lying patient, and one about 2 m from a standing patient. */
export const CAMERA_VIEWS = {
  lying: { yaw: 0, pitch: 4, centre: [-8, 25, 0], scale: 1 },
  standing: { yaw: 0, pitch: 4, centre: [0, 90, 0], scale: 0.82 },
} as const satisfies Record<string, View>;

export interface FigureShot {
  posture: 'lying' | 'standing';
  /** Changes from the resting pose (degrees of each joint). */
  pose?: Partial<Pose>;
  /** The whole body turned about its long axis, the top side going backwards. */
  rollBackDegrees?: number;
  view?: View;
}

function rollBack(point: Vec3, about: Vec3, degrees: number, posture: FigureShot['posture']): Vec3 {
  const [cos, sin] = [Math.cos(degrees * RADIANS), Math.sin(degrees * RADIANS)];
  const [x, y, z] = [point[0] - about[0], point[1] - about[1], point[2] - about[2]];
  // Lying, the body's long axis is the world's x; standing, it is y.
  if (posture === 'lying') return [point[0], about[1] + y * cos + z * sin, about[2] - y * sin + z * cos];
  return [about[0] + x * cos + z * sin, point[1], about[2] - x * sin + z * cos];
}

function jointsOf(body: Skeleton): Record<TrackedJoint, Vec3> {
  return {
    rightShoulder: body.arms.W.shoulder,
    leftShoulder: body.arms.O.shoulder,
    rightHip: body.legs.W.hip,
    leftHip: body.legs.O.hip,
    rightKnee: body.legs.W.knee,
    leftKnee: body.legs.O.knee,
    rightAnkle: body.legs.W.ankle,
    leftAnkle: body.legs.O.ankle,
  };
}

/**
 * The joints a perfect pose model would find in a picture of the figure model: the working leg is the
 * right one, the picture's y points down. Tests add noise, drop frames and swap labels themselves.
 */
export function figureBodyPoints(shot: FigureShot): BodyPoints {
  const rest = shot.posture === 'lying' ? SIDE_LYING_REST : STANDING_REST;
  const preset: BodyPreset = shot.posture === 'lying' ? 'side-lying' : 'standing';
  const body = skeleton({ ...rest, ...shot.pose }, preset);
  const view = camera(shot.view ?? CAMERA_VIEWS[shot.posture]);
  const points: Partial<Record<TrackedJoint, { at: readonly [number, number]; score: number }>> = {};
  for (const [joint, at] of Object.entries(jointsOf(body)) as [TrackedJoint, Vec3][]) {
    const placed = rollBack(at, body.pelvis.centre, shot.rollBackDegrees ?? 0, shot.posture);
    points[joint] = { at: view.project(placed), score: 0.9 };
  }
  return points;
}
