import { describe, expect, it } from 'vitest';
import { painChartBands } from './pain-bands.js';

describe('painChartBands', () => {
  it('shades the pain chart with the protocol thresholds, edge to edge', () => {
    expect(painChartBands({ greenMax: 3, amberMax: 5 })).toEqual([
      { from: 0, to: 3, className: 'band-green' },
      { from: 3, to: 5, className: 'band-amber' },
      { from: 5, to: 10, className: 'band-red' },
    ]);
  });
});
