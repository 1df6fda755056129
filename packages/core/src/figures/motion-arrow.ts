import type { DepthShape } from './body-shapes.js';
import type { Camera } from './camera.js';
import { stagePose, stageSkeleton } from './pose-at.js';
import type { Skeleton } from './skeleton.js';
import type { FigureStage, TracePoint } from './types.js';
import { add, type Vec2, type Vec3 } from './vector.js';

const STEPS = 10;
/** Arrows shorter than this (viewBox units) say nothing and are left out. */
const SHORTEST = 6;

function pointOf(body: Skeleton, trace: TracePoint): Vec3 {
  const at =
    trace.joint === 'pelvis'
      ? body.pelvis.centre
      : trace.joint === 'kneeW'
        ? body.legs.W.knee
        : body.legs[trace.joint === 'ankleW' ? 'W' : 'O'].ankle;
  return add(at, trace.offset ?? [0, 0, 0]);
}

function head(points: readonly Vec2[]): Vec2[] {
  const [ex, ey] = points.at(-1) ?? [0, 0];
  const [sx, sy] = points.at(-3) ?? points[0] ?? [0, 0];
  const size = Math.hypot(ex - sx, ey - sy) || 1;
  const [ux, uy] = [(ex - sx) / size, (ey - sy) / size];
  const length = 6;
  return [
    [ex - ux * length - uy * length * 0.7, ey - uy * length + ux * length * 0.7],
    [ex, ey],
    [ex - ux * length + uy * length * 0.7, ey - uy * length - ux * length * 0.7],
  ];
}

/**
 * The path of the stage's traced point from the start to the end of the movement, with an arrow head:
 * what a still picture needs to say which way the body moves.
 */
export function motionArrow(stage: FigureStage, view: Camera): DepthShape[] {
  const trace = stage.trace;
  if (!trace) return [];
  const points = Array.from({ length: STEPS + 1 }, (_, index) => {
    const { pose } = stagePose(stage, (stage.endAt * index) / STEPS);
    return view.project(pointOf(stageSkeleton(stage, pose), trace));
  });
  const [first] = points;
  const last = points.at(-1);
  if (!first || !last || Math.hypot(last[0] - first[0], last[1] - first[1]) < SHORTEST) return [];
  const depth = 2e6;
  return [
    { tone: 'motion', points, closed: false, depth },
    { tone: 'motion', points: head(points), closed: false, depth: depth + 1 },
  ];
}
