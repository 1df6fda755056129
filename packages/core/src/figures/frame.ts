import { LYING_FIGURES } from './lying-figures.js';
import { STANDING_FIGURES } from './standing-figures.js';
import {
  FIGURE_VIEWBOX,
  type FigureDefinition,
  type FigureFrame,
  type FigureId,
  type FigureSegment,
  JOINTS,
  type Joint,
  type Point,
  type Pose,
  type Prop,
  type SegmentRole,
} from './types.js';

/** Every exercise's figure, keyed by the figure id (the exercise id). */
export const FIGURES: ReadonlyMap<FigureId, FigureDefinition> = new Map(
  [...LYING_FIGURES, ...STANDING_FIGURES].map((figure) => [figure.id, figure]),
);

export function isFigureId(value: string): value is FigureId {
  return FIGURES.has(value as FigureId);
}

/** Eases in and out so a movement starts and ends gently, as the patient should move. */
function ease(progress: number): number {
  return progress * progress * (3 - 2 * progress);
}

function fullPose(figure: FigureDefinition, partial: Partial<Pose>): Pose {
  return { ...figure.base, ...partial };
}

function mix(a: Point, b: Point, amount: number): Point {
  return [a[0] + (b[0] - a[0]) * amount, a[1] + (b[1] - a[1]) * amount];
}

/** The pose and effort at `phase` (0-1) of the loop, between the two keyframes around it. */
export function poseAt(figure: FigureDefinition, phase: number): { pose: Pose; effort: number } {
  const frames = figure.keyframes;
  const first = frames[0];
  if (!first) return { pose: figure.base, effort: 0 };
  let before = first;
  let after = first;
  for (const frame of frames) {
    if (frame.at <= phase) before = frame;
    if (frame.at >= phase) {
      after = frame;
      break;
    }
  }
  const span = after.at - before.at;
  const amount = span > 0 ? ease((phase - before.at) / span) : 0;
  const from = fullPose(figure, before.pose);
  const to = fullPose(figure, after.pose);
  const pose = Object.fromEntries(
    JOINTS.map((joint) => [joint, mix(from[joint], to[joint], amount)]),
  ) as Record<Joint, Point>;
  const effort = (before.effort ?? 0) + ((after.effort ?? 0) - (before.effort ?? 0)) * amount;
  return { pose, effort };
}

const round = (value: number) => Math.round(value * 10) / 10;

function line(role: SegmentRole, a: Point, b: Point): FigureSegment {
  return { kind: 'line', role, x1: round(a[0]), y1: round(a[1]), x2: round(b[0]), y2: round(b[1]) };
}

function chain(role: SegmentRole, pose: Pose, joints: readonly Joint[]): FigureSegment[] {
  return joints.slice(1).map((joint, index) => line(role, pose[joints[index] ?? joint], pose[joint]));
}

function propSegments(prop: Prop, pose: Pose): FigureSegment[] {
  switch (prop.kind) {
    case 'rect': {
      const { x, y, width, height } = prop;
      return [{ kind: 'path', role: 'prop', d: `M${x} ${y}h${width}v${height}h${-width}Z` }];
    }
    case 'polyline':
      return [
        {
          kind: 'path',
          role: prop.points.length === 2 && prop.points[0]?.[1] === prop.points[1]?.[1] ? 'ground' : 'prop',
          d: prop.points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${x} ${y}`).join(''),
        },
      ];
    case 'band':
      return [line('prop', pose[prop.from], pose[prop.to])];
    case 'loop': {
      const [a, b] = [pose[prop.around[0]], pose[prop.around[1]]];
      const cx = round((a[0] + b[0]) / 2);
      const cy = round((a[1] + b[1]) / 2);
      const rx = round(Math.abs(a[0] - b[0]) / 2 + 6);
      const ry = round(Math.abs(a[1] - b[1]) / 2 + 6);
      return [
        {
          kind: 'path',
          role: 'prop',
          d: `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0`,
        },
      ];
    }
  }
}

function effortSegments(figure: FigureDefinition, pose: Pose, effort: number): FigureSegment[] {
  if (effort < 0.5) return [];
  return figure.efforts.flatMap(({ joint, dx, dy }) => {
    const [x, y] = pose[joint];
    const start: Point = [x + Math.sign(dx) * 6, y + Math.sign(dy) * 6];
    const end: Point = [start[0] + dx, start[1] + dy];
    const length = Math.hypot(dx, dy) || 1;
    const [ux, uy] = [dx / length, dy / length];
    const head = `M${round(end[0] - ux * 6 - uy * 5)} ${round(end[1] - uy * 6 + ux * 5)}L${round(end[0])} ${round(end[1])}L${round(end[0] - ux * 6 + uy * 5)} ${round(end[1] - uy * 6 - ux * 5)}`;
    return [line('effort', start, end), { kind: 'path' as const, role: 'effort' as const, d: head }];
  });
}

function mirrorSegment(segment: FigureSegment): FigureSegment {
  const flip = (x: number) => round(FIGURE_VIEWBOX.width - x);
  switch (segment.kind) {
    case 'line':
      return { ...segment, x1: flip(segment.x1), x2: flip(segment.x2) };
    case 'circle':
      return { ...segment, cx: flip(segment.cx) };
    case 'path':
      return { ...segment, d: mirrorPath(segment.d) };
  }
}

/** Mirrors an SVG path written with M/L/h/v/a/Z commands (the only ones this module writes). */
function mirrorPath(d: string): string {
  return d.replace(/([MLhva])([^MLhvaZ]*)/g, (_whole, command: string, args: string) => {
    const values = args.trim().split(/\s+/).filter(Boolean).map(Number);
    if (command === 'M' || command === 'L') values[0] = round(FIGURE_VIEWBOX.width - (values[0] ?? 0));
    if (command === 'h') values[0] = -(values[0] ?? 0);
    if (command === 'a') {
      values[4] = values[4] === 1 ? 0 : 1;
      values[5] = -(values[5] ?? 0);
    }
    return `${command}${values.join(' ')}`;
  });
}

/**
 * What to draw at `seconds` into the exercise's loop, for the side being exercised. Pure: the web app and
 * the printed handout call it with any time and get the same shapes.
 *
 * @example
 * figureFrame('sidelying-abduction', 1, 'left').segments.length > 0 // true
 */
export function figureFrame(figureId: FigureId, seconds: number, side: 'left' | 'right'): FigureFrame {
  const figure = FIGURES.get(figureId);
  if (!figure) throw new RangeError(`no figure for ${figureId}`);
  const loop = ((seconds % figure.loopSeconds) + figure.loopSeconds) % figure.loopSeconds;
  const { pose, effort } = poseAt(figure, loop / figure.loopSeconds);
  const segments: FigureSegment[] = [
    ...figure.props.flatMap((prop) => propSegments(prop, pose)),
    ...chain('other', pose, ['hipFar', 'kneeFar', 'ankleFar', 'toeFar']),
    ...chain('body', pose, ['handFar', 'elbowFar', 'neck']),
    line('body', pose.hipNear, pose.hipFar),
    ...chain('body', pose, ['neck', 'pelvis']),
    ...chain('working', pose, ['hipNear', 'kneeNear', 'ankleNear', 'toeNear']),
    ...chain('body', pose, ['neck', 'elbowNear', 'handNear']),
    { kind: 'circle', role: 'body', cx: round(pose.head[0]), cy: round(pose.head[1]), r: 9 },
    ...effortSegments(figure, pose, effort),
  ];
  return {
    width: FIGURE_VIEWBOX.width,
    height: FIGURE_VIEWBOX.height,
    segments: side === 'left' ? segments.map(mirrorSegment) : segments,
  };
}

/** Seconds into the loop of the still picture: for reduced motion and for print. */
export function figurePeakSeconds(figureId: FigureId): number {
  const figure = FIGURES.get(figureId);
  if (!figure) throw new RangeError(`no figure for ${figureId}`);
  return figure.peakAt * figure.loopSeconds;
}
