import type { DosePoint, ExerciseId, IsoDate, Side } from '@minimus/core';

export interface DoseSeries {
  exerciseId: ExerciseId;
  /** The leg, when the program treats both and the exercise was done on each leg; null otherwise. */
  side: Side | null;
  points: { date: IsoDate; value: number | null }[];
}

/**
 * One series per exercise (and per leg, on a both-sides program) of the chosen dose measure, keeping
 * only those where it was ever above zero (a stretch has no load; a lift may have no hold). On a day
 * with two sessions, the higher value.
 * @example doseSeries(summary.doses, 'holdSeconds', 'both')
 */
export function doseSeries(
  doses: readonly DosePoint[],
  measure: 'holdSeconds' | 'loadKg' | 'reps',
  programSide: Side | 'both' = 'right',
): DoseSeries[] {
  const bySeries = new Map<
    string,
    { exerciseId: ExerciseId; side: Side | null; days: Map<IsoDate, number | null> }
  >();
  for (const dose of doses) {
    const side = programSide === 'both' && dose.side !== 'both' ? dose.side : null;
    const key = `${dose.exerciseId}:${side ?? ''}`;
    const series = bySeries.get(key) ?? { exerciseId: dose.exerciseId, side, days: new Map() };
    const value = dose[measure];
    const previous = series.days.get(dose.date) ?? null;
    series.days.set(dose.date, value === null ? previous : Math.max(value, previous ?? value));
    bySeries.set(key, series);
  }
  return [...bySeries.values()]
    .filter(({ days }) => [...days.values()].some((value) => value !== null && value > 0))
    .map(({ exerciseId, side, days }) => ({
      exerciseId,
      side,
      points: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, value]) => ({ date, value })),
    }));
}

/** The top of a chart's scale: the highest value rounded up to a step, never below `floor`. */
export function scaleTop(values: readonly (number | null)[], step: number, floor: number): number {
  const highest = Math.max(floor, ...values.filter((value): value is number => value !== null));
  return Math.ceil(highest / step) * step;
}
