import type { FigureFrame } from '@minimus/core';
import type { Box } from './figure-drawing.js';

/**
 * The area the body and its equipment use across `frames`, with a margin, shared by all of them so the
 * start and the end of a movement print at the same scale and a figure lying down fills its box.
 * The floor and furniture reach the edges of the view, so they do not count.
 */
export function framesBounds(frames: readonly FigureFrame[], margin = 12): Box {
  const points = frames.flatMap((frame) =>
    frame.shapes
      .filter((shape) => shape.tone !== 'floor' && shape.tone !== 'prop' && shape.tone !== 'prop-top')
      .flatMap((shape) => shape.points),
  );
  const first = frames[0];
  if (points.length === 0 || !first)
    return { x: 0, y: 0, width: first?.width ?? 1, height: first?.height ?? 1 };
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const x = Math.max(0, Math.min(...xs) - margin);
  const y = Math.max(0, Math.min(...ys) - margin);
  return {
    x,
    y,
    width: Math.min(first.width, Math.max(...xs) + margin) - x,
    height: Math.min(first.height, Math.max(...ys) + margin) - y,
  };
}
