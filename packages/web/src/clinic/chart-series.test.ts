import type { DosePoint } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { doseSeries, scaleTop } from './chart-series.js';

const dose = (overrides: Partial<DosePoint> = {}): DosePoint => ({
  date: '2026-03-01',
  exerciseId: 'crossover-static',
  side: 'right',
  sets: 3,
  reps: null,
  holdSeconds: 10,
  loadKg: 0,
  ...overrides,
});

describe('doseSeries', () => {
  it('keeps one point per day per exercise, the higher of two sessions', () => {
    const series = doseSeries(
      [dose(), dose({ holdSeconds: 15 }), dose({ date: '2026-03-02', holdSeconds: 20 })],
      'holdSeconds',
    );
    expect(series).toEqual([
      {
        exerciseId: 'crossover-static',
        side: null,
        points: [
          { date: '2026-03-01', value: 15 },
          { date: '2026-03-02', value: 20 },
        ],
      },
    ]);
  });

  it.each([
    { measure: 'loadKg' as const, expected: ['sidelying-abduction'] },
    { measure: 'holdSeconds' as const, expected: ['crossover-static'] },
  ])('leaves out exercises whose $measure is never above zero', ({ measure, expected }) => {
    const doses = [
      dose(),
      dose({ exerciseId: 'sidelying-abduction', reps: 10, holdSeconds: null, loadKg: 0.5 }),
    ];
    expect(doseSeries(doses, measure).map((series) => series.exerciseId)).toEqual(expected);
  });

  it.each([
    {
      programSide: 'both' as const,
      expected: ['crossover-static left', 'crossover-static right', 'bridge-progression -'],
    },
    { programSide: 'right' as const, expected: ['crossover-static -', 'bridge-progression -'] },
  ])('charts each leg apart on a program of side $programSide', ({ programSide, expected }) => {
    const doses = [
      dose({ side: programSide === 'both' ? 'left' : 'right' }),
      dose({ side: 'right', holdSeconds: 20 }),
      dose({ exerciseId: 'bridge-progression', side: 'both', holdSeconds: 5 }),
    ];
    const series = doseSeries(doses, 'holdSeconds', programSide);
    expect(series.map((entry) => `${entry.exerciseId} ${entry.side ?? '-'}`)).toEqual(expected);
  });

  it('orders the days of a series by date', () => {
    const series = doseSeries([dose({ date: '2026-03-05' }), dose({ date: '2026-03-02' })], 'holdSeconds');
    expect(series[0]?.points.map((point) => point.date)).toEqual(['2026-03-02', '2026-03-05']);
  });
});

describe('scaleTop', () => {
  it.each([
    { values: [3, 7, null], step: 5, floor: 1, expected: 10 },
    { values: [], step: 5, floor: 10, expected: 10 },
    { values: [12.5], step: 0.5, floor: 1, expected: 12.5 },
  ])('tops $values at $expected', ({ values, step, floor, expected }) => {
    expect(scaleTop(values, step, floor)).toBe(expected);
  });
});
