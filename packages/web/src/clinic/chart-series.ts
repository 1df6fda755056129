import type { DosePoint, ExerciseId, IsoDate } from '@minimus/core';

export interface DoseSeries {
  exerciseId: ExerciseId;
  points: { date: IsoDate; value: number | null }[];
}

/**
 * One series per exercise of the chosen dose measure, keeping only exercises where it was ever above
 * zero (a stretch has no load; a lift may have no hold). On a day with two sessions, the higher value.
 * @example doseSeries(summary.doses, 'holdSeconds')
 */
export function doseSeries(
  doses: readonly DosePoint[],
  measure: 'holdSeconds' | 'loadKg' | 'reps',
): DoseSeries[] {
  const byExercise = new Map<ExerciseId, Map<IsoDate, number | null>>();
  for (const dose of doses) {
    const days = byExercise.get(dose.exerciseId) ?? new Map<IsoDate, number | null>();
    const value = dose[measure];
    const previous = days.get(dose.date) ?? null;
    days.set(dose.date, value === null ? previous : Math.max(value, previous ?? value));
    byExercise.set(dose.exerciseId, days);
  }
  return [...byExercise]
    .filter(([, days]) => [...days.values()].some((value) => value !== null && value > 0))
    .map(([exerciseId, days]) => ({
      exerciseId,
      points: [...days].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, value]) => ({ date, value })),
    }));
}

/** The top of a chart's scale: the highest value rounded up to a step, never below `floor`. */
export function scaleTop(values: readonly (number | null)[], step: number, floor: number): number {
  const highest = Math.max(floor, ...values.filter((value): value is number => value !== null));
  return Math.ceil(highest / step) * step;
}
