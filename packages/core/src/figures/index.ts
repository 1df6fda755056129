// Exercise figures: one jointed body with volume, posed by keyframes and seen from a chosen view, that
// the web app animates and the printed handout draws.
export { FIGURE_VIEWBOX, type View } from './camera.js';
export { figureFrame, figureStage, poseFrame, shapePath } from './frame.js';
export { FIGURES, isFigureId } from './library/index.js';
export { FIGURE_PAINT, figureSvg, type Paint } from './paint.js';
export { interpolate, stagePose, stageSkeleton } from './pose-at.js';
export { elbowBend } from './reach.js';
export {
  BODY,
  type BodyPreset,
  JOINT_LIMITS,
  POSE_KEYS,
  type Pose,
  type PoseKey,
  type Skeleton,
  STANDING_POSE,
} from './skeleton.js';
export { figureMoments, holdMoment, repMoment } from './timing.js';
export type {
  FigureChoice,
  FigureDefinition,
  FigureFrame,
  FigureId,
  FigureShape,
  FigureStage,
  LearnFigureId,
  Tone,
} from './types.js';
export { LEARN_FIGURE_IDS, TONES } from './types.js';
export { FIGURE_WORDS, LEARN_FIGURE_CAPTIONS } from './words.js';
