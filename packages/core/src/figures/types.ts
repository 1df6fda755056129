import type { ExerciseId } from '../protocol/types.js';

/** Width and height of every figure's drawing, in SVG user units. */
export const FIGURE_VIEWBOX = { width: 240, height: 160 } as const;

export type Point = readonly [x: number, y: number];

/**
 * Joints of the stick figure. `Near` is the leg and arm doing the exercise (drawn for the right side;
 * `figureFrame` mirrors the drawing for the left), `Far` the other.
 */
export const JOINTS = [
  'head',
  'neck',
  'pelvis',
  'elbowNear',
  'handNear',
  'elbowFar',
  'handFar',
  'hipNear',
  'kneeNear',
  'ankleNear',
  'toeNear',
  'hipFar',
  'kneeFar',
  'ankleFar',
  'toeFar',
] as const;
export type Joint = (typeof JOINTS)[number];
export type Pose = Readonly<Record<Joint, Point>>;

/** A pose at a moment of the loop (`at` from 0 to 1), given as changes from the figure's base pose. */
export interface Keyframe {
  at: number;
  pose: Partial<Pose>;
  /** 0 relaxed ... 1 pushing: draws the effort arrows of isometric holds. */
  effort?: number;
}

/** Things around the figure: furniture drawn fixed, or equipment that follows joints. */
export type Prop =
  | { kind: 'rect'; x: number; y: number; width: number; height: number }
  | { kind: 'polyline'; points: readonly Point[] }
  | { kind: 'band'; from: Joint; to: Joint }
  | { kind: 'loop'; around: readonly [Joint, Joint] };

/** An arrow showing which way the effort pushes, from a joint; drawn while effort is at least one half. */
export interface EffortArrow {
  joint: Joint;
  dx: number;
  dy: number;
}

export type FigureId = ExerciseId;

export interface FigureDefinition {
  id: FigureId;
  /** How the body is seen: from the side, from the front, or from above (lying on the back). */
  view: 'side' | 'front' | 'above';
  loopSeconds: number;
  base: Pose;
  keyframes: readonly Keyframe[];
  props: readonly Prop[];
  efforts: readonly EffortArrow[];
  /** Moment of the loop (0-1) that shows the exercise best: the still image for reduced motion and print. */
  peakAt: number;
}

export type SegmentRole = 'body' | 'working' | 'other' | 'prop' | 'effort' | 'ground';

/** What to draw: plain shapes in the figure's viewBox, with a role for styling. */
export type FigureSegment =
  | { kind: 'line'; role: SegmentRole; x1: number; y1: number; x2: number; y2: number }
  | { kind: 'circle'; role: SegmentRole; cx: number; cy: number; r: number }
  | { kind: 'path'; role: SegmentRole; d: string };

export interface FigureFrame {
  width: number;
  height: number;
  segments: readonly FigureSegment[];
}
