import type { FigureFrame, FigureSegment } from '@minimus/core';
import type { Box } from './figure-drawing.js';

type Point = [number, number];

/** Points an SVG path of core's figures passes through: M/L absolute, h/v/a relative (the only commands used). */
function pathPoints(d: string): Point[] {
  const points: Point[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLhvaZ])([^MLhvaZ]*)/g)) {
    const values = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'M' || command === 'L') [x, y] = [values[0] ?? x, values[1] ?? y];
    else if (command === 'h') x += values[0] ?? 0;
    else if (command === 'v') y += values[0] ?? 0;
    else if (command === 'a') [x, y] = [x + (values[5] ?? 0), y + (values[6] ?? 0)];
    else continue;
    points.push([x, y]);
  }
  return points;
}

function segmentPoints(segment: FigureSegment): Point[] {
  switch (segment.kind) {
    case 'line':
      return [
        [segment.x1, segment.y1],
        [segment.x2, segment.y2],
      ];
    case 'circle':
      return [
        [segment.cx - segment.r, segment.cy - segment.r],
        [segment.cx + segment.r, segment.cy + segment.r],
      ];
    case 'path':
      return pathPoints(segment.d);
  }
}

/**
 * The area the frames actually use, with a margin, shared by all of them so the start and the peak of a
 * movement print at the same scale; a figure lying on the floor then fills its box instead of its lower third.
 */
export function framesBounds(frames: readonly FigureFrame[], margin = 10): Box {
  const points = frames.flatMap((frame) => frame.segments.flatMap(segmentPoints));
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const first = frames[0];
  if (points.length === 0 || !first)
    return { x: 0, y: 0, width: first?.width ?? 1, height: first?.height ?? 1 };
  const x = Math.max(0, Math.min(...xs) - margin);
  const y = Math.max(0, Math.min(...ys) - margin);
  return {
    x,
    y,
    width: Math.min(first.width, Math.max(...xs) + margin) - x,
    height: Math.min(first.height, Math.max(...ys) + margin) - y,
  };
}
