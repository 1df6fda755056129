import type { Side } from '../program/program.js';
import { bodyShapes, type DepthShape } from './body-shapes.js';
import { camera, FIGURE_VIEWBOX, type View } from './camera.js';
import { FIGURES } from './library/index.js';
import { motionArrow } from './motion-arrow.js';
import { stagePose, stageSkeleton } from './pose-at.js';
import { effortShapes, floorShape, propShapes } from './prop-shapes.js';
import { type BodyPreset, type Pose, skeleton } from './skeleton.js';
import type { FigureChoice, FigureFrame, FigureShape, FigureStage, Prop } from './types.js';

/**
 * The stage of a figure that shows the prescription: the one naming its dose-ladder variant and the
 * patient's condition, else the figure's first stage.
 */
export function figureStage(choice: FigureChoice): FigureStage {
  const figure = FIGURES.get(choice.figure);
  if (!figure) throw new RangeError(`no figure for ${String(choice.figure)}`);
  const variant = choice.variant?.en;
  let best: FigureStage = figure.stages[0];
  let bestScore = -1;
  for (const stage of figure.stages) {
    if (stage.variant !== undefined && stage.variant !== variant) continue;
    if (stage.condition !== undefined && stage.condition !== choice.condition) continue;
    const score = (stage.variant ? 1 : 0) + (stage.condition ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [stage, score];
  }
  return best;
}

function loadProps(stage: FigureStage, choice: FigureChoice): Prop[] {
  if (!stage.takesAnkleWeight) return [];
  if (choice.loadKind === 'ankle-weight') return [{ kind: 'ankle-weight' }];
  if (choice.loadKind === 'resistance-band') return [{ kind: 'loop', tone: 'band' }];
  return [];
}

const round = (value: number) => Math.round(value * 10) / 10;

function finish(shapes: readonly DepthShape[], mirrored: boolean): FigureShape[] {
  const width = FIGURE_VIEWBOX.width;
  return [...shapes]
    .sort((a, b) => a.depth - b.depth)
    .map(({ tone, points, closed }) => ({
      tone,
      closed,
      points: points.map(([x, y]) => [round(mirrored ? width - x : x), round(y)] as const),
    }));
}

/**
 * What to draw at `moment` (0-1) of the figure's loop, for the side being exercised: the working side is
 * drawn as a right side and mirrored for the left. `motionArrow` adds the path of the movement, for stills.
 * Pure: the web app animates it, the handout prints it.
 *
 * @example
 * figureFrame({ figure: 'sidelying-abduction' }, 0.5, 'left').shapes.length > 10 // true
 */
export function figureFrame(
  choice: FigureChoice,
  moment: number,
  side: Side,
  options: { motionArrow?: boolean } = {},
): FigureFrame {
  const stage = figureStage(choice);
  const wrapped = moment - Math.floor(moment);
  const { pose, effort } = stagePose(stage, wrapped);
  const body = stageSkeleton(stage, pose);
  const view = camera(stage.view);
  const shapes = [
    floorShape(view, stage.view.centre),
    ...propShapes([...stage.props, ...loadProps(stage, choice)], body, view),
    ...bodyShapes(body, view, stage.working),
    ...(effort >= 0.5 ? effortShapes(stage.efforts, body, view) : []),
    ...(options.motionArrow ? motionArrow(stage, view) : []),
  ];
  return {
    ...FIGURE_VIEWBOX,
    shapes: finish(shapes, side === 'left'),
    working: stage.working === 'both' ? 'both' : side,
  };
}

/**
 * The body alone in `pose`, laid out as `preset` and seen from `view`, on its floor: a picture whose
 * joint angles are known exactly, for testing what a camera makes of it.
 *
 * @example
 * poseFrame({ ...STANDING_POSE, hipAbdW: 30 }, 'standing', view).working // 'right'
 */
export function poseFrame(pose: Pose, preset: BodyPreset, view: View): FigureFrame {
  const seen = camera(view);
  const shapes = [floorShape(seen, view.centre), ...bodyShapes(skeleton(pose, preset), seen, 'W')];
  return { ...FIGURE_VIEWBOX, shapes: finish(shapes, false), working: 'right' };
}

/** SVG path data of a shape (M, L and Z only), for `<path d>` on screen and `doc.path` in print. */
export function shapePath(shape: FigureShape): string {
  const [first, ...rest] = shape.points;
  if (!first) return '';
  return `M${first[0]} ${first[1]}${rest.map(([x, y]) => `L${x} ${y}`).join('')}${shape.closed ? 'Z' : ''}`;
}
