import type { Camera } from './camera.js';
import { blob } from './outline.js';
import type { LimbSide, Skeleton } from './skeleton.js';
import type { Tone } from './types.js';
import { mix, offset, scale, sub, type Vec2, type Vec3 } from './vector.js';

/** A shape before painting order is settled: its depth decides what covers what. */
export interface DepthShape {
  tone: Tone;
  points: readonly Vec2[];
  closed: boolean;
  depth: number;
}

/** Parts of the body as spheres (centre, radius cm) whose outline makes the part. */
type Part = readonly (readonly [Vec3, number])[];

function part(cameraView: Camera, tone: Tone, spheres: Part, depthBias = 0): DepthShape {
  const circles = spheres.map(([centre, radius]) => ({
    centre: cameraView.project(centre),
    radius: radius * cameraView.scale,
  }));
  const depth = spheres.reduce((sum, [centre]) => sum + cameraView.depth(centre), 0) / spheres.length;
  return { tone, points: blob(circles), closed: true, depth: depth + depthBias };
}

/** The side of the body further from the viewer, if one clearly is (its limbs are drawn shaded). */
function farSide(body: Skeleton, cameraView: Camera): LimbSide | null {
  const difference = cameraView.depth(body.legs.W.hip) - cameraView.depth(body.legs.O.hip);
  if (Math.abs(difference) < 4) return null;
  return difference < 0 ? 'W' : 'O';
}

function limbTone(side: LimbSide, far: LimbSide | null, working: 'W' | 'both', isLeg: boolean): Tone {
  const works = isLeg && (working === 'both' || working === side);
  if (side === far) return works ? 'work-far' : 'body-far';
  return works ? 'work' : 'body';
}

function legShapes(body: Skeleton, view: Camera, side: LimbSide, tone: Tone): DepthShape[] {
  const leg = body.legs[side];
  const ball = mix(leg.heel, leg.toe, 0.75);
  return [
    part(view, tone, [
      [leg.hip, 8.5],
      [mix(leg.hip, leg.knee, 0.45), 7.2],
      [leg.knee, 5.4],
    ]),
    part(view, tone, [
      [leg.knee, 5.4],
      [mix(leg.knee, leg.ankle, 0.3), 5.6],
      [leg.ankle, 3.6],
    ]),
    part(view, tone, [
      [leg.ankle, 3.8],
      [leg.heel, 3.4],
      [ball, 3.2],
      [leg.toe, 2.4],
    ]),
  ];
}

function armShapes(body: Skeleton, view: Camera, side: LimbSide, tone: Tone): DepthShape[] {
  const arm = body.arms[side];
  return [
    part(view, tone, [
      [arm.shoulder, 5],
      [arm.elbow, 3.8],
    ]),
    part(view, tone, [
      [arm.elbow, 3.8],
      [arm.wrist, 2.8],
    ]),
    part(view, tone, [
      [arm.wrist, 3],
      [mix(arm.wrist, arm.fingertip, 0.6), 3.6],
      [arm.fingertip, 2.2],
    ]),
  ];
}

/** Trunk, pelvis, neck and head: always painted in the body's near tone. */
function coreShapes(body: Skeleton, view: Camera): DepthShape[] {
  const { pelvis, chest } = body;
  const back = (point: Vec3, cm: number) => offset(point, [pelvis.forward, -cm]);
  const shoulderLine = (sign: number) => offset(chest.centre, [chest.right, sign * 13], [chest.up, -4]);
  return [
    part(view, 'body', [
      [offset(pelvis.centre, [pelvis.right, 8]), 9],
      [offset(pelvis.centre, [pelvis.right, -8]), 9],
      [back(pelvis.centre, 4), 9],
      [offset(body.waist, [pelvis.right, 10]), 7],
      [offset(body.waist, [pelvis.right, -10]), 7],
    ]),
    part(view, 'body', [
      [offset(body.waist, [pelvis.right, 10], [pelvis.forward, 1]), 7],
      [offset(body.waist, [pelvis.right, -10], [pelvis.forward, 1]), 7],
      [shoulderLine(1), 8],
      [shoulderLine(-1), 8],
      [offset(chest.centre, [chest.forward, 3], [chest.up, -10]), 9],
      [offset(chest.centre, [chest.forward, -3], [chest.up, -8]), 9],
    ]),
    part(view, 'body', [
      [body.neck, 5],
      [mix(body.neck, body.head, 0.55), 5],
    ]),
    part(view, 'body', [
      [body.head, 10.5],
      [mix(body.head, body.face, 1), 4.5],
      [offset(body.head, [scale(sub(body.head, body.neck), 1 / 18), 3]), 9.5],
    ]),
  ];
}

/** The body as painted shapes, each with its depth, far limbs shaded and working legs in the accent. */
export function bodyShapes(body: Skeleton, view: Camera, working: 'W' | 'both'): DepthShape[] {
  const far = farSide(body, view);
  const sides: LimbSide[] = ['W', 'O'];
  const limbs = sides.flatMap((side) => [
    ...legShapes(body, view, side, limbTone(side, far, working, true)),
    ...armShapes(body, view, side, limbTone(side, far, working, false)),
  ]);
  return [...coreShapes(body, view), ...limbs];
}

export { part };
