import type { PainRules } from '@minimus/core';

export type TrafficLight = 'green' | 'amber' | 'red';

/**
 * The pain guide's colour for a score, with the protocol's thresholds (Silbernagel 2007).
 * @example trafficLight(4, { greenMax: 3, amberMax: 5 }) // 'amber'
 */
export function trafficLight(painScore: number, rules: PainRules['trafficLight']): TrafficLight {
  if (painScore <= rules.greenMax) return 'green';
  if (painScore <= rules.amberMax) return 'amber';
  return 'red';
}

/** Whether a pain score stops the exercise for today under the protocol's threshold. */
export function stopsForToday(painScore: number, rules: Pick<PainRules, 'exerciseStopAbove'>): boolean {
  return painScore > rules.exerciseStopAbove;
}
