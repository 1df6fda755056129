import { describe, expect, it } from 'vitest';
import { niceAxis } from './nice-axis.js';

describe('niceAxis', () => {
  it.each([
    { max: 10, top: 10, ticks: [0, 5, 10] },
    { max: 20.4, top: 30, ticks: [0, 10, 20, 30] },
    { max: 36, top: 40, ticks: [0, 10, 20, 30, 40] },
    { max: 12, top: 15, ticks: [0, 5, 10, 15] },
    { max: 1.2, top: 1.5, ticks: [0, 0.5, 1, 1.5] },
    { max: 0, top: 1, ticks: [0, 0.5, 1] },
    { max: 3, top: 3, ticks: [0, 1, 2, 3] },
  ])('$max gives ticks $ticks', ({ max, top, ticks }) => {
    expect(niceAxis(max)).toEqual({ top, ticks });
  });

  it.each([0.3, 7, 19, 45, 130, 999])('reaches %d in at most four round steps', (max) => {
    const { top, ticks } = niceAxis(max);
    expect(top).toBeGreaterThanOrEqual(max);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks[0]).toBe(0);
  });
});
