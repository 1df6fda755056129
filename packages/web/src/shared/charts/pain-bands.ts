import { type PainRules, painBands } from '@minimus/core';

export interface ChartBand {
  from: number;
  to: number;
  className: string;
}

/**
 * The pain guide's bands as a chart's background: each band reaches from the top of the one below to
 * its own highest score, so the shading has no gaps between whole scores.
 *
 * @example
 * painChartBands({ greenMax: 2, amberMax: 5 }); // green 0-2, amber 2-5, red 5-10
 */
export function painChartBands(rules: PainRules['trafficLight']): ChartBand[] {
  let from = 0;
  return painBands(rules).map((band) => {
    const chartBand = { from, to: band.highestScore, className: `band-${band.light}` };
    from = band.highestScore;
    return chartBand;
  });
}
