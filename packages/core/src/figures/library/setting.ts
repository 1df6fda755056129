import { type Pose, STANDING_POSE } from '../skeleton.js';
import type { Box, FigureStage, Keyframe } from '../types.js';
import type { Vec3 } from '../vector.js';

/** A base pose: standing tall, changed by `changes`. */
export const pose = (changes: Partial<Pose>): Pose => ({ ...STANDING_POSE, ...changes });

export const box = (min: Vec3, max: Vec3, tone: Box['tone'] = 'prop'): Box => ({
  kind: 'box',
  min,
  max,
  tone,
});

/** A bed along x, its mattress top 52 cm above the floor. */
export const BED_TOP = 52;
export const bed = (from: number, to: number): Box[] => [
  box([from, 0, -45], [from + 5, 40, 45]),
  box([to - 5, 0, -45], [to, 40, 45]),
  box([from, 30, -45], [to, 42, 45]),
  box([from, 42, -45], [to, BED_TOP, 45], 'soft'),
];

/** An exercise mat on the floor, 1.5 cm thick. */
export const mat = (x: [number, number], z: [number, number]): Box =>
  box([x[0], 0, z[0]], [x[1], 1.5, z[1]], 'soft');

/** A kitchen chair seen side-on, seat 42 cm high, its back at `x` and the seat towards +x. */
export const chair = (x: number, z = 0, seat = 42): Box[] => [
  box([x, 0, z - 20], [x + 4, seat + 46, z - 16]),
  box([x, 0, z + 16], [x + 4, seat + 46, z + 20]),
  box([x, seat + 30, z - 20], [x + 4, seat + 44, z + 20]),
  box([x + 36, 0, z - 20], [x + 40, seat - 4, z - 16]),
  box([x + 36, 0, z + 16], [x + 40, seat - 4, z + 20]),
  box([x, seat - 4, z - 20], [x + 40, seat, z + 20]),
];

/** Keyframes of a rep: start, the end of the movement halfway, back to the start. */
export const rep = (end: Partial<Pose>): Keyframe[] => [
  { at: 0, pose: {} },
  { at: 0.5, pose: end },
  { at: 1, pose: {} },
];

/** Keyframes of a hold: into position over the first fifth, held, and out over the last fifth. */
export const hold = (held: Partial<Pose>, effort = 0): Keyframe[] => [
  { at: 0, pose: {}, effort: 0 },
  { at: 0.2, pose: held, effort },
  { at: 0.8, pose: held, effort },
  { at: 1, pose: {}, effort: 0 },
];

/** One still picture (the education page's illustrations). */
export const still: Keyframe[] = [{ at: 0, pose: {} }];

type StageDefaults = 'loopReps' | 'planted' | 'props' | 'efforts' | 'working';
/** A stage with the usual defaults: one rep a loop, nothing planted, no props, the working leg. */
export const stage = (
  values: Omit<FigureStage, StageDefaults> & Partial<Pick<FigureStage, StageDefaults>>,
): FigureStage => ({ loopReps: 1, planted: [], props: [], efforts: [], working: 'W', ...values });
