import type { PainRules } from '../protocol/protocol.js';

/** The colour the pain guide gives a score (our rule, adapted from Silbernagel et al. 2007). */
export type TrafficLight = 'green' | 'amber' | 'red';

/** Pain scores run from 0 (none) to 10 (worst imaginable). */
export const MAX_PAIN_SCORE = 10;

/**
 * The pain guide's colour for a score, with the protocol's thresholds.
 *
 * @example
 * trafficLight(4, { greenMax: 3, amberMax: 5 }); // 'amber'
 */
export function trafficLight(painScore: number, rules: PainRules['trafficLight']): TrafficLight {
  if (painScore <= rules.greenMax) return 'green';
  if (painScore <= rules.amberMax) return 'amber';
  return 'red';
}

/**
 * Whether a pain score during an exercise stops that exercise for today (pain above the protocol's line).
 *
 * @example
 * stopsForToday(6, { exerciseStopAbove: 5 }); // true
 */
export function stopsForToday(painScore: number, rules: Pick<PainRules, 'exerciseStopAbove'>): boolean {
  return painScore > rules.exerciseStopAbove;
}

/** One colour of the pain guide and the whole scores it covers, both ends included. */
export interface PainBand {
  light: TrafficLight;
  lowestScore: number;
  highestScore: number;
}

/**
 * The three bands of the pain guide from 0 to 10, for a printed guide or a chart's background.
 *
 * @example
 * painBands({ greenMax: 3, amberMax: 5 }).map((band) => `${band.lowestScore}-${band.highestScore}`);
 * // ['0-3', '4-5', '6-10']
 */
export function painBands(rules: PainRules['trafficLight']): readonly PainBand[] {
  return [
    { light: 'green', lowestScore: 0, highestScore: rules.greenMax },
    { light: 'amber', lowestScore: rules.greenMax + 1, highestScore: rules.amberMax },
    { light: 'red', lowestScore: rules.amberMax + 1, highestScore: MAX_PAIN_SCORE },
  ];
}
