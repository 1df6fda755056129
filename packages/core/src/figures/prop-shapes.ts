import { type DepthShape, part } from './body-shapes.js';
import type { Camera } from './camera.js';
import { convexHull } from './outline.js';
import type { Skeleton } from './skeleton.js';
import type { Box, EffortArrow, Prop } from './types.js';
import { add, length, mix, offset, scale, sub, type Vec2, type Vec3 } from './vector.js';

/** Furniture is always behind the body; a depth this low puts it first. */
const BEHIND = -1e6;
/** Straps, bands and arrows lie on top of what they wrap or push. */
const ON_TOP = 1e6;

function boxShapes(box: Box, view: Camera): DepthShape[] {
  const [x0, y0, z0] = box.min;
  const [x1, y1, z1] = box.max;
  const corners: Vec3[] = [x0, x1].flatMap((x) =>
    [z0, z1].flatMap((z) => [[x, y0, z] as Vec3, [x, y1, z] as Vec3]),
  );
  const centreDepth = view.depth(mix(box.min, box.max, 0.5));
  const outline = convexHull(corners.map((corner) => view.project(corner)));
  const top = convexHull(corners.filter((corner) => corner[1] === y1).map((corner) => view.project(corner)));
  const shapes: DepthShape[] = [
    { tone: box.tone, points: outline, closed: true, depth: BEHIND + centreDepth },
  ];
  if (box.tone === 'prop' && area(top) > 4)
    shapes.push({ tone: 'prop-top', points: top, closed: true, depth: BEHIND + centreDepth + 0.5 });
  return shapes;
}

function area(points: readonly Vec2[]): number {
  let sum = 0;
  points.forEach(([x, y], index) => {
    const [nx, ny] = points[(index + 1) % points.length] ?? [x, y];
    sum += x * ny - nx * y;
  });
  return Math.abs(sum) / 2;
}

/** A loop round both thighs a hand's width above the knees, drawn as an outline round them. */
function loopShape(body: Skeleton, view: Camera, tone: 'strap' | 'band'): DepthShape {
  const above = (side: 'W' | 'O') => mix(body.legs[side].knee, body.legs[side].hip, 0.15);
  const shape = part(view, tone, [
    [above('W'), 7.2],
    [above('O'), 7.2],
  ]);
  return { ...shape, depth: ON_TOP };
}

/** A pillow lying on the lower knee and thigh (side-lying), so the upper knee rests level on it. */
function pillowShape(body: Skeleton, view: Camera): DepthShape {
  const { hip, knee } = body.legs.O;
  const along = sub(knee, hip);
  const unit = scale(along, 1 / (length(along) || 1));
  const middle = offset(mix(hip, knee, 0.8), [body.pelvis.right, 12]);
  return part(
    view,
    'pillow',
    [
      [offset(middle, [unit, -16]), 7],
      [offset(middle, [unit, 8]), 7],
    ],
    3,
  );
}

function ankleWeightShape(body: Skeleton, view: Camera): DepthShape {
  const leg = body.legs.W;
  const shape = part(view, 'weight', [
    [mix(leg.ankle, leg.knee, 0.05), 5.6],
    [mix(leg.ankle, leg.knee, 0.2), 5.6],
  ]);
  return { ...shape, depth: shape.depth + 8 };
}

function propShape(prop: Prop, body: Skeleton, view: Camera): DepthShape[] {
  switch (prop.kind) {
    case 'box':
      return boxShapes(prop, view);
    case 'loop':
      return [loopShape(body, view, prop.tone)];
    case 'pillow':
      return [pillowShape(body, view)];
    case 'ankle-weight':
      return [ankleWeightShape(body, view)];
  }
}

export function propShapes(props: readonly Prop[], body: Skeleton, view: Camera): DepthShape[] {
  return props.flatMap((prop) => propShape(prop, body, view));
}

/** The floor under the scene, as far as the view shows it. */
export function floorShape(view: Camera, centre: Vec3): DepthShape {
  const corners: Vec3[] = [
    [centre[0] - 400, 0, centre[2] - 400],
    [centre[0] + 400, 0, centre[2] - 400],
    [centre[0] + 400, 0, centre[2] + 400],
    [centre[0] - 400, 0, centre[2] + 400],
  ];
  return {
    tone: 'floor',
    points: convexHull(corners.map((corner) => view.project(corner))),
    closed: true,
    depth: 2 * BEHIND,
  };
}

function jointOf(body: Skeleton, joint: EffortArrow['joint']): Vec3 {
  if (joint === 'ankleW') return body.legs.W.ankle;
  return body.legs[joint === 'kneeW' ? 'W' : 'O'].knee;
}

/** Arrows of effort: a shaft and a head, starting just outside the joint. */
export function effortShapes(efforts: readonly EffortArrow[], body: Skeleton, view: Camera): DepthShape[] {
  const { right, up, forward } = body.pelvis;
  return efforts.flatMap((effort) => {
    const direction = add(
      add(scale(right, effort.right), scale(up, effort.up)),
      scale(forward, effort.forward),
    );
    const joint = jointOf(body, effort.joint);
    const [sx, sy] = view.project(offset(joint, [direction, 9]));
    const [ex, ey] = view.project(offset(joint, [direction, 25]));
    const size = Math.hypot(ex - sx, ey - sy) || 1;
    const [ux, uy] = [(ex - sx) / size, (ey - sy) / size];
    const head = 5;
    const shaft: DepthShape = {
      tone: 'effort',
      points: [
        [sx, sy],
        [ex, ey],
      ],
      closed: false,
      depth: ON_TOP,
    };
    const tip: DepthShape = {
      tone: 'effort',
      points: [
        [ex - ux * head - uy * head, ey - uy * head + ux * head],
        [ex, ey],
        [ex - ux * head + uy * head, ey - uy * head - ux * head],
      ],
      closed: false,
      depth: ON_TOP + 1,
    };
    return [shaft, tip];
  });
}
