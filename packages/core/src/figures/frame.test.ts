import { describe, expect, it } from 'vitest';
import { GLUTEUS_MINIMUS_PROTOCOL } from '../protocol/gluteus-minimus.js';
import { EXERCISE_IDS } from '../protocol/types.js';
import { FIGURE_VIEWBOX } from './camera.js';
import { figureFrame, figureStage } from './frame.js';
import { FIGURES } from './library/index.js';
import { stagePose, stageSkeleton } from './pose-at.js';
import { elbowBend } from './reach.js';
import { JOINT_LIMITS, type PoseKey } from './skeleton.js';
import { figureMoments, holdMoment, repMoment } from './timing.js';
import type { FigureChoice, FigureStage } from './types.js';

const SAMPLES = 40;
const stages = [...FIGURES.values()].flatMap((figure) =>
  figure.stages.map((stage) => ({
    name: [figure.id, stage.variant, stage.condition].filter(Boolean).join(' / '),
    stage,
    choice: {
      figure: figure.id,
      variant: stage.variant ? { en: stage.variant, es: stage.variant } : null,
      ...(stage.condition ? { condition: stage.condition } : {}),
    } satisfies FigureChoice,
  })),
);
const moments = Array.from({ length: SAMPLES + 1 }, (_, index) => index / SAMPLES);

describe('the figure library', () => {
  it('has a figure for every exercise of the protocol', () => {
    for (const id of EXERCISE_IDS) expect(FIGURES.has(id), id).toBe(true);
    for (const exercise of GLUTEUS_MINIMUS_PROTOCOL.exercises)
      expect(FIGURES.has(exercise.id as never)).toBe(true);
  });

  it('has a stage for every variant the dose ladders name', () => {
    for (const exercise of GLUTEUS_MINIMUS_PROTOCOL.exercises) {
      if (exercise.progression.kind !== 'ladder') continue;
      for (const step of exercise.progression.steps) {
        if (!step.variant) continue;
        const stage = figureStage({ figure: exercise.id, variant: step.variant });
        expect(stage.variant, `${exercise.id}: ${step.variant.en}`).toBe(step.variant.en);
      }
    }
  });

  it.each(stages)('$name: keyframes run from 0 to 1 in order', ({ stage }) => {
    const times = stage.keyframes.map((frame) => frame.at);
    expect(times[0]).toBe(0);
    if (times.length > 1) expect(times.at(-1)).toBe(1);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

function limitsBroken(stage: FigureStage, moment: number): string[] {
  const { pose } = stagePose(stage, moment);
  const broken = Object.entries(JOINT_LIMITS).flatMap(([key, range]) => {
    const value = pose[key as PoseKey];
    const [min, max] = range ?? [0, 0];
    return value < min - 0.5 || value > max + 0.5
      ? [`${key} ${value.toFixed(1)} outside ${min}..${max}`]
      : [];
  });
  const body = stageSkeleton(stage, pose);
  for (const side of ['W', 'O'] as const)
    if (elbowBend(body.arms[side]) > 150) broken.push(`elbow${side} reaching bends past 150`);
  return broken;
}

describe('every keyframe and every moment between', () => {
  it.each(stages)('$name keeps every joint within anatomical limits', ({ stage }) => {
    for (const moment of moments) expect(limitsBroken(stage, moment), `at ${moment}`).toEqual([]);
  });

  it.each(stages)('$name keeps the body and its props inside the view', ({ choice }) => {
    for (const side of ['right', 'left'] as const)
      for (const moment of moments) {
        const frame = figureFrame(choice, moment, side);
        for (const shape of frame.shapes) {
          if (
            shape.tone === 'floor' ||
            shape.tone === 'prop' ||
            shape.tone === 'prop-top' ||
            shape.tone === 'soft'
          )
            continue;
          for (const [x, y] of shape.points) {
            expect(x, `${shape.tone} x at ${moment}`).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(FIGURE_VIEWBOX.width);
            expect(y, `${shape.tone} y at ${moment}`).toBeGreaterThanOrEqual(0);
            expect(y).toBeLessThanOrEqual(FIGURE_VIEWBOX.height);
          }
        }
      }
  });

  it.each(stages)('$name keeps planted feet still while the body moves', ({ stage }) => {
    for (const foot of stage.planted)
      for (const moment of moments) {
        const ankle = stageSkeleton(stage, stagePose(stage, moment).pose).legs[foot.side].ankle;
        expect(
          Math.hypot(ankle[0] - foot.ankle[0], ankle[1] - foot.ankle[1], ankle[2] - foot.ankle[2]),
        ).toBeLessThan(2);
      }
  });

  it.each(stages.filter(({ stage }) => stage.keyframes.length > 1))(
    '$name moves: its end differs from its start, and the loop closes',
    ({ stage, choice }) => {
      const { start, end } = figureMoments(stage);
      expect(figureFrame(choice, end, 'right')).not.toEqual(figureFrame(choice, start, 'right'));
      expect(figureFrame(choice, 1, 'right')).toEqual(figureFrame(choice, 0, 'right'));
    },
  );

  it.each(stages)('$name for the left side is the right side mirrored', ({ choice }) => {
    const right = figureFrame(choice, 0.3, 'right');
    const left = figureFrame(choice, 0.3, 'left');
    expect(left.shapes.map((shape) => shape.tone)).toEqual(right.shapes.map((shape) => shape.tone));
    for (const [index, shape] of right.shapes.entries())
      for (const [point, [x, y]] of shape.points.entries()) {
        const [mx, my] = left.shapes[index]?.points[point] ?? [Number.NaN, Number.NaN];
        expect(mx).toBeCloseTo(FIGURE_VIEWBOX.width - x, 0);
        expect(my).toBe(y);
      }
  });
});

describe('choosing a stage', () => {
  it.each([
    ['Double-leg bridge', 'both'],
    ['Offset bridge', 'right'],
    ['Single-leg bridge', 'right'],
  ])('the bridge stage %s highlights %s', (variant, working) => {
    const frame = figureFrame({ figure: 'bridge-progression', variant: { en: variant, es: '' } }, 0, 'right');
    expect(frame.working).toBe(working);
  });

  it('draws a pillow between the knees only for tendinopathy', () => {
    const tones = (choice: FigureChoice) => figureFrame(choice, 0, 'right').shapes.map((shape) => shape.tone);
    expect(tones({ figure: 'sidelying-abduction', condition: 'tendinopathy' })).toContain('pillow');
    expect(tones({ figure: 'sidelying-abduction', condition: 'muscle-strain' })).not.toContain('pillow');
  });

  it('straps an ankle weight on when the prescription uses one', () => {
    const tones = (choice: FigureChoice) => figureFrame(choice, 0, 'right').shapes.map((shape) => shape.tone);
    expect(tones({ figure: 'sidelying-abduction', loadKind: 'ankle-weight' })).toContain('weight');
    expect(tones({ figure: 'sidelying-abduction', loadKind: 'bodyweight' })).not.toContain('weight');
  });

  it('draws the path of the movement as an arrow on a still, only when asked', () => {
    const tones = (options: { motionArrow?: boolean }) =>
      figureFrame({ figure: 'sidelying-abduction' }, 0.5, 'right', options).shapes.map((shape) => shape.tone);
    expect(tones({ motionArrow: true })).toContain('motion');
    expect(tones({})).not.toContain('motion');
  });

  it('falls back to the first stage for a variant it does not know', () => {
    const stage = figureStage({ figure: 'hip-hitch', variant: { en: 'Renamed by a clinic', es: '' } });
    expect(stage).toBe(FIGURES.get('hip-hitch')?.stages[0]);
  });

  it('rejects an unknown figure with a clear error', () => {
    expect(() => figureFrame({ figure: 'no-such-figure' as never }, 0, 'right')).toThrow(
      /no figure for no-such-figure/,
    );
  });
});

describe('timing with the player', () => {
  const hitch = figureStage({ figure: 'hip-hitch', variant: { en: 'Hip hitch, held', es: '' } });
  const steps = figureStage({ figure: 'band-side-steps' });

  it('runs one loop per repetition, and side-steps one way then back over two', () => {
    const bridge = figureStage({ figure: 'bridge-progression' });
    expect(repMoment(bridge, 3, 0.25)).toBe(0.25);
    expect(repMoment(steps, 1, 0.5)).toBe(0.25);
    expect(repMoment(steps, 2, 0.5)).toBe(0.75);
    expect(repMoment(steps, 3, 0)).toBe(0);
  });

  it('shows a hold held still while the timer runs, easing in and out at its ends', () => {
    expect(holdMoment(hitch, 0, 10)).toBe(0);
    expect(holdMoment(hitch, 3, 10)).toBe(0.5);
    expect(holdMoment(hitch, 7, 10)).toBe(0.5);
    expect(holdMoment(hitch, 10, 10)).toBe(1);
    expect(figureFrame({ figure: 'hip-hitch' }, holdMoment(hitch, 3, 10), 'right')).toEqual(
      figureFrame({ figure: 'hip-hitch' }, holdMoment(hitch, 7, 10), 'right'),
    );
  });
});
