import {
  type Axes,
  add,
  cross,
  dot,
  length,
  offset,
  scale,
  sub,
  turn,
  turnAxes,
  type Vec3,
} from './vector.js';

const unit = (v: Vec3): Vec3 => scale(v, 1 / (length(v) || 1));

/**
 * A pose as plain numbers, so keyframes interpolate key by key: where the pelvis is (cm), how the whole
 * body is tilted, and each joint's angle in degrees. `W` is the working side, drawn as the right side
 * (a left-side figure is the right-side one mirrored); `O` is the other side.
 */
export const POSE_KEYS = [
  'x',
  'y',
  'z',
  /** The whole body bending forward about its hips' line (the bridge lifts with it). */
  'tilt',
  /** The pelvis rolling so the working side rises (+) or drops (-), seen from the front. */
  'roll',
  'spineFlex',
  'spineSide',
  'neckFlex',
  'hipFlexW',
  'hipAbdW',
  'kneeW',
  /** The knee rolled inwards (+) about the line from hip to ankle, the foot staying put. */
  'twistW',
  'ankleW',
  'hipFlexO',
  'hipAbdO',
  'kneeO',
  'twistO',
  'ankleO',
  'shoulderFlexW',
  'shoulderAbdW',
  'elbowW',
  'shoulderFlexO',
  'shoulderAbdO',
  'elbowO',
] as const;
export type PoseKey = (typeof POSE_KEYS)[number];
export type Pose = Readonly<Record<PoseKey, number>>;

/** Where the limits of a healthy adult's joints lie (degrees), for the tests of every keyframe. */
export const JOINT_LIMITS: Readonly<Partial<Record<PoseKey, readonly [min: number, max: number]>>> = {
  spineFlex: [-25, 70],
  spineSide: [-30, 30],
  neckFlex: [-40, 60],
  hipFlexW: [-25, 130],
  hipFlexO: [-25, 130],
  hipAbdW: [-35, 45],
  hipAbdO: [-35, 45],
  kneeW: [0, 145],
  kneeO: [0, 145],
  twistW: [-45, 45],
  twistO: [-45, 45],
  ankleW: [-50, 30],
  ankleO: [-50, 30],
  shoulderFlexW: [-60, 180],
  shoulderFlexO: [-60, 180],
  shoulderAbdW: [-40, 180],
  shoulderAbdO: [-40, 180],
  elbowW: [0, 150],
  elbowO: [0, 150],
};

/** Body proportions in centimetres, for an adult about 170 cm tall. */
export const BODY = {
  hipHalfWidth: 9,
  waistHeight: 13,
  trunkLength: 36,
  shoulderHalfWidth: 17,
  neckLength: 7,
  headRadius: 11,
  thigh: 42,
  shank: 42,
  footLength: 24,
  upperArm: 29,
  forearm: 25,
  hand: 17,
} as const;

/** How the body lies in the world before any tilt: the direction of its up and of its front. */
export type BodyPreset = 'standing' | 'supine' | 'side-lying';

const X: Vec3 = [1, 0, 0];
const Y: Vec3 = [0, 1, 0];
const Z: Vec3 = [0, 0, 1];
const neg = (v: Vec3): Vec3 => [-v[0], -v[1], -v[2]];

function presetAxes(preset: BodyPreset): Axes {
  const [up, forward]: [Vec3, Vec3] =
    preset === 'standing' ? [Y, Z] : preset === 'supine' ? [neg(X), Y] : [X, Z];
  return { right: cross(forward, up), up, forward };
}

export type LimbSide = 'W' | 'O';

export interface Leg {
  hip: Vec3;
  knee: Vec3;
  ankle: Vec3;
  heel: Vec3;
  toe: Vec3;
}

export interface Arm {
  shoulder: Vec3;
  elbow: Vec3;
  wrist: Vec3;
  fingertip: Vec3;
}

/** Every joint of a posed body, in world centimetres. */
export interface Skeleton {
  pelvis: Axes & { centre: Vec3 };
  waist: Vec3;
  chest: Axes & { centre: Vec3 };
  neck: Vec3;
  head: Vec3;
  face: Vec3;
  legs: Readonly<Record<LimbSide, Leg>>;
  arms: Readonly<Record<LimbSide, Arm>>;
}

const sign = (side: LimbSide) => (side === 'W' ? 1 : -1);

/** The thigh and shank directions of a leg, for the forward pass and for planting a foot. */
export function legAxes(pelvis: Axes, pose: Pose, side: LimbSide) {
  const out = side === 'W' ? pelvis.right : neg(pelvis.right);
  const down = neg(pelvis.up);
  const abducted = { down: turn(down, down, out, pose[`hipAbd${side}`]), forward: pelvis.forward };
  const thigh = turn(abducted.down, abducted.down, abducted.forward, pose[`hipFlex${side}`]);
  const thighForward = turn(abducted.forward, abducted.down, abducted.forward, pose[`hipFlex${side}`]);
  const shank = turn(thigh, thigh, neg(thighForward), pose[`knee${side}`]);
  const shankForward = turn(thighForward, thigh, neg(thighForward), pose[`knee${side}`]);
  const foot = turn(shankForward, shankForward, neg(shank), pose[`ankle${side}`]);
  return { plane: abducted, thigh, shank, shankForward, foot };
}

/** Turns the knee about the hip-ankle line, towards the body's midline for positive degrees. */
function twistKnee(hip: Vec3, knee: Vec3, ankle: Vec3, out: Vec3, degrees: number): Vec3 {
  if (degrees === 0) return knee;
  const axis = unit(sub(ankle, hip));
  const along = (v: Vec3) => sub(v, scale(axis, dot(v, axis)));
  const from = unit(along(sub(knee, hip)));
  const inward = along(neg(out));
  const to = unit(sub(inward, scale(from, dot(inward, from))));
  return add(hip, turn(sub(knee, hip), from, to, degrees));
}

function leg(pelvis: Axes & { centre: Vec3 }, pose: Pose, side: LimbSide): Leg {
  const hip = offset(pelvis.centre, [pelvis.right, sign(side) * BODY.hipHalfWidth], [pelvis.up, -2]);
  const { thigh, shank, foot } = legAxes(pelvis, pose, side);
  const straight = offset(hip, [thigh, BODY.thigh]);
  const ankle = offset(straight, [shank, BODY.shank]);
  const knee = twistKnee(
    hip,
    straight,
    ankle,
    side === 'W' ? pelvis.right : neg(pelvis.right),
    pose[`twist${side}`],
  );
  return {
    hip,
    knee,
    ankle,
    heel: offset(ankle, [shank, 6], [foot, -5]),
    toe: offset(ankle, [shank, 5], [foot, BODY.footLength - 5]),
  };
}

function arm(chest: Axes & { centre: Vec3 }, pose: Pose, side: LimbSide): Arm {
  const shoulder = offset(chest.centre, [chest.right, sign(side) * BODY.shoulderHalfWidth], [chest.up, -3]);
  const out = side === 'W' ? chest.right : neg(chest.right);
  const down = turn(neg(chest.up), neg(chest.up), out, pose[`shoulderAbd${side}`]);
  const upperArm = turn(down, down, chest.forward, pose[`shoulderFlex${side}`]);
  const bendForward = turn(chest.forward, down, chest.forward, pose[`shoulderFlex${side}`]);
  const forearm = turn(upperArm, upperArm, bendForward, pose[`elbow${side}`]);
  const elbow = offset(shoulder, [upperArm, BODY.upperArm]);
  const wrist = offset(elbow, [forearm, BODY.forearm]);
  return { shoulder, elbow, wrist, fingertip: offset(wrist, [forearm, BODY.hand]) };
}

/**
 * Forward kinematics: the world position of every joint of `pose` for a body laid out as `preset`.
 *
 * @example
 * skeleton(STANDING_POSE, 'standing').head[1] > 150 // true: the head of a standing adult
 */
export function skeleton(pose: Pose, preset: BodyPreset): Skeleton {
  const base = presetAxes(preset);
  const tilted = turnAxes(base, base.up, base.forward, pose.tilt);
  const pelvisAxes = turnAxes(tilted, tilted.right, tilted.up, pose.roll);
  const pelvis = { ...pelvisAxes, centre: [pose.x, pose.y, pose.z] as Vec3 };
  const waist = offset(pelvis.centre, [pelvis.up, BODY.waistHeight]);
  const flexed = turnAxes(pelvisAxes, pelvisAxes.up, pelvisAxes.forward, pose.spineFlex);
  const chestAxes = turnAxes(flexed, flexed.up, flexed.right, pose.spineSide);
  const chest = { ...chestAxes, centre: offset(waist, [chestAxes.up, BODY.trunkLength]) };
  const neck = offset(chest.centre, [chest.up, 3]);
  const headUp = turn(chest.up, chest.up, chest.forward, pose.neckFlex);
  const headForward = turn(chest.forward, chest.up, chest.forward, pose.neckFlex);
  const head = offset(neck, [headUp, BODY.neckLength + BODY.headRadius]);
  return {
    pelvis,
    waist,
    chest,
    neck,
    head,
    face: add(head, offset([0, 0, 0], [headForward, BODY.headRadius * 0.75], [headUp, -1])),
    legs: { W: leg(pelvis, pose, 'W'), O: leg(pelvis, pose, 'O') },
    arms: { W: arm(chest, pose, 'W'), O: arm(chest, pose, 'O') },
  };
}

/** A person standing tall, arms by the sides: the pose every figure's base starts from. */
export const STANDING_POSE: Pose = Object.fromEntries(
  POSE_KEYS.map((key) => [key, key === 'y' ? BODY.thigh + BODY.shank + 8 : 0]),
) as Record<PoseKey, number>;
