// Exercise figures: keyframed stick-figure poses shared by the web app and the printed handout.
export { FIGURES, figureFrame, figurePeakSeconds, isFigureId, poseAt } from './frame.js';
export type {
  FigureDefinition,
  FigureFrame,
  FigureId,
  FigureSegment,
  Joint,
  Point,
  Pose,
  SegmentRole,
} from './types.js';
export { FIGURE_VIEWBOX, JOINTS } from './types.js';
