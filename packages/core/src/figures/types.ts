import type { Condition, ExerciseId, LoadKind, Text } from '../protocol/types.js';
import type { View } from './camera.js';
import type { ReachTarget } from './reach.js';
import type { BodyPreset, LimbSide, Pose, PoseKey } from './skeleton.js';
import type { Vec2, Vec3 } from './vector.js';

/**
 * How a shape is painted. `-far` tones are the far side of the body (shaded); `work` is the working
 * leg; `strap`, `band` and `effort` are outlines only.
 */
export const TONES = [
  'floor',
  'prop',
  'prop-top',
  'soft',
  'pillow',
  'body-far',
  'work-far',
  'body',
  'work',
  'weight',
  'strap',
  'band',
  'effort',
  'motion',
] as const;
export type Tone = (typeof TONES)[number];

/** A convex outline (closed) or a stroke (open), in the figure's viewBox. */
export interface FigureShape {
  tone: Tone;
  points: readonly Vec2[];
  closed: boolean;
}

export interface FigureFrame {
  width: number;
  height: number;
  /** Back to front: paint in this order. */
  shapes: readonly FigureShape[];
  /** The side the highlighted leg belongs to, or `both`, to be named beside the figure. */
  working: 'left' | 'right' | 'both';
}

/** A box standing square to the world axes (bed, step, wall, chair parts), cm. */
export interface Box {
  kind: 'box';
  min: Vec3;
  max: Vec3;
  tone: 'prop' | 'soft';
}

/** Equipment that goes with the body: drawn where the joints are at each moment. */
export type Prop =
  | Box
  /** A belt (strap) or exercise band looped round both thighs just above the knees. */
  | { kind: 'loop'; tone: 'strap' | 'band' }
  /** A pillow between the knees (side-lying with tendinopathy). */
  | { kind: 'pillow' }
  /** A cuff weight round the working ankle. */
  | { kind: 'ankle-weight' };

/** An arrow showing which way an isometric hold pushes, from a joint, in the body's own axes. */
export interface EffortArrow {
  joint: 'kneeW' | 'kneeO' | 'ankleW';
  /** Direction in the pelvis's axes: + right (the working side), + up, + forward. */
  right: number;
  up: number;
  forward: number;
}

export interface PlantedFoot {
  side: LimbSide;
  ankle: Vec3;
  /** Which way the toes point (any length). */
  toes: Vec3;
}

/** A point of the body to follow, moved by `offset` cm (world axes) so its arrow clears the body. */
export interface TracePoint {
  joint: 'kneeW' | 'ankleW' | 'ankleO' | 'pelvis';
  offset?: Vec3;
}

export interface Keyframe {
  /** Moment of the loop, 0 to 1. */
  at: number;
  pose: Partial<Pose>;
  /** 0 relaxed, 1 pushing: effort arrows show from one half. */
  effort?: number;
}

/** One way an exercise is done (a stage, or a condition's variant), with its poses and setting. */
export interface FigureStage {
  /** The stage's name in the protocol's dose ladder (English), when it has one. */
  variant?: string;
  /** Only for patients with this condition (the pillow for tendinopathy). */
  condition?: Condition;
  preset: BodyPreset;
  view: View;
  base: Pose;
  keyframes: readonly Keyframe[];
  /** Moment of the loop (0-1) that shows the end of the movement or the held position. */
  endAt: number;
  /** Repetitions one loop shows (2 for side-steps: one step each way). */
  loopReps: number;
  /** Feet kept on the ground while the pelvis moves (bridge, hip hitch): ankle and toe direction, cm. */
  planted: readonly PlantedFoot[];
  props: readonly Prop[];
  /** Hands that hold something, whatever the arm's angles say. */
  reach?: Partial<Record<LimbSide, ReachTarget>>;
  efforts: readonly EffortArrow[];
  /** The point whose path from the start to the end a still picture draws as an arrow. */
  trace?: TracePoint;
  /** Which legs do the work: highlighted in the drawing and named beside it. */
  working: 'W' | 'both';
  /** Shown with the ankle weight on when the prescription uses one. */
  takesAnkleWeight?: boolean;
}

/** Pictures of the education page (load management and the anatomy point). */
export const LEARN_FIGURE_IDS = [
  'learn-single-leg-stance',
  'learn-crossed-legs',
  'learn-low-chair',
  'learn-pillow-between-knees',
] as const;
export type LearnFigureId = (typeof LEARN_FIGURE_IDS)[number];
export type FigureId = ExerciseId | LearnFigureId;

export interface FigureDefinition {
  id: FigureId;
  /** The first stage is the default; later ones are chosen by variant or condition. */
  stages: readonly [FigureStage, ...FigureStage[]];
}

/** What to draw: which figure, which stage of it, and what the patient's prescription adds. */
export interface FigureChoice {
  figure: FigureId;
  /** The dose ladder's variant name of the prescription, if any. */
  variant?: Text | null;
  condition?: Condition;
  loadKind?: LoadKind;
}

export type { PoseKey };
