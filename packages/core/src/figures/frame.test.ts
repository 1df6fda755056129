import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../protocol/types.js';
import { FIGURES, figureFrame, figurePeakSeconds, poseAt } from './frame.js';
import { FIGURE_VIEWBOX, type FigureSegment, type Joint, type Pose } from './types.js';

const figures = [...FIGURES.values()];
const SAMPLES = 24;

function coordinates(segment: FigureSegment): number[] {
  switch (segment.kind) {
    case 'line':
      return [segment.x1, segment.y1, segment.x2, segment.y2];
    case 'circle':
      return [segment.cx, segment.cy];
    case 'path':
      return (segment.d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  }
}

function length(pose: Pose, a: Joint, b: Joint): number {
  return Math.hypot(pose[a][0] - pose[b][0], pose[a][1] - pose[b][1]);
}

describe('the figure library', () => {
  it('has a figure for every exercise of the protocol', () => {
    expect([...FIGURES.keys()].sort()).toEqual([...EXERCISE_IDS].sort());
  });

  it.each(figures)(
    '$id starts and ends its loop on the same pose, so the animation does not jump',
    (figure) => {
      expect(figureFrame(figure.id, 0, 'right')).toEqual(figureFrame(figure.id, figure.loopSeconds, 'right'));
    },
  );

  it.each(figures)('$id keyframes run from 0 to 1 in order', (figure) => {
    const moments = figure.keyframes.map((frame) => frame.at);
    expect(moments[0]).toBe(0);
    expect(moments.at(-1)).toBe(1);
    expect([...moments].sort((a, b) => a - b)).toEqual(moments);
  });
});

describe('figureFrame', () => {
  it.each(figures)('$id stays inside the viewBox at every moment', (figure) => {
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const frame = figureFrame(figure.id, (figure.loopSeconds * sample) / SAMPLES, 'right');
      const values = frame.segments.flatMap(coordinates).filter((value) => Number.isFinite(value));
      expect(values.length).toBeGreaterThan(20);
      for (const segment of frame.segments)
        if (segment.kind === 'line')
          for (const [x, y] of [
            [segment.x1, segment.y1],
            [segment.x2, segment.y2],
          ] as const) {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(FIGURE_VIEWBOX.width);
            expect(y).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(FIGURE_VIEWBOX.height);
          }
    }
  });

  it.each(figures)(
    '$id keeps the working leg about its length while it moves (no stretching limbs)',
    (figure) => {
      const rest = poseAt(figure, 0).pose;
      const restLeg = length(rest, 'hipNear', 'kneeNear') + length(rest, 'kneeNear', 'ankleNear');
      for (let sample = 0; sample <= SAMPLES; sample += 1) {
        const { pose } = poseAt(figure, sample / SAMPLES);
        const leg = length(pose, 'hipNear', 'kneeNear') + length(pose, 'kneeNear', 'ankleNear');
        expect(Math.abs(leg - restLeg) / restLeg).toBeLessThan(0.2);
      }
    },
  );

  it.each(figures)('$id moves: the peak differs from the start', (figure) => {
    expect(figureFrame(figure.id, figurePeakSeconds(figure.id), 'right')).not.toEqual(
      figureFrame(figure.id, 0, 'right'),
    );
  });

  it.each(figures)('$id for the left side is the right side mirrored', (figure) => {
    const right = figureFrame(figure.id, 1.3, 'right').segments;
    const left = figureFrame(figure.id, 1.3, 'left').segments;
    expect(left).toHaveLength(right.length);
    right.forEach((segment, index) => {
      const mirrored = left[index];
      if (segment.kind === 'line' && mirrored?.kind === 'line') {
        expect(mirrored.x1).toBeCloseTo(FIGURE_VIEWBOX.width - segment.x1, 1);
        expect(mirrored.y1).toBe(segment.y1);
      }
      if (segment.kind === 'circle' && mirrored?.kind === 'circle')
        expect(mirrored.cx).toBeCloseTo(FIGURE_VIEWBOX.width - segment.cx, 1);
    });
  });

  it('wraps any time, including negative times, into the loop', () => {
    const figure = FIGURES.get('sidelying-abduction');
    if (!figure) throw new Error('missing figure');
    expect(figureFrame(figure.id, -1, 'right')).toEqual(
      figureFrame(figure.id, figure.loopSeconds - 1, 'right'),
    );
  });

  it('draws effort arrows only while an isometric hold pushes', () => {
    const pushing = figureFrame(
      'sidelying-isometric-abduction',
      figurePeakSeconds('sidelying-isometric-abduction'),
      'right',
    );
    const relaxed = figureFrame('sidelying-isometric-abduction', 0, 'right');
    expect(pushing.segments.some((segment) => segment.role === 'effort')).toBe(true);
    expect(relaxed.segments.some((segment) => segment.role === 'effort')).toBe(false);
  });

  it('rejects an unknown figure with a clear error', () => {
    expect(() => figureFrame('no-such-figure' as never, 0, 'right')).toThrow(/no figure for no-such-figure/);
  });
});
