import type { DosePoint } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { doseLines } from './dose-legs.js';

const dose = (side: DosePoint['side'], holdSeconds: number): DosePoint => ({
  date: '2026-03-01',
  exerciseId: 'sidelying-isometric-abduction',
  side,
  sets: 5,
  reps: null,
  holdSeconds,
  loadKg: 0,
});

describe('doseLines: a line for each leg of an exercise done on each leg', () => {
  it.each([
    { name: 'each leg', doses: [dose('right', 6), dose('left', 5)], lines: ['left 5', 'right 6'] },
    { name: 'one leg', doses: [dose('right', 6), dose('right', 7)], lines: ['- 6,7'] },
    { name: 'both legs at once', doses: [dose('both', 6)], lines: ['- 6'] },
  ])('draws $lines for doses of $name', ({ doses, lines }) => {
    expect(
      doseLines(doses).map(
        (line) => `${line.side ?? '-'} ${line.doses.map((entry) => entry.holdSeconds).join(',')}`,
      ),
    ).toEqual(lines);
  });
});
