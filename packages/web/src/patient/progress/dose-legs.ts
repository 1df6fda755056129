import type { DosePoint, Side } from '@minimus/core';

/** One line of a dose chart: the leg it is for, or null when the exercise was not done on each leg. */
export interface DoseLine {
  side: Side | null;
  doses: DosePoint[];
}

/**
 * An exercise's doses as chart lines: one for each leg when it was done on each leg in turn (both sides
 * treated), otherwise one line.
 *
 * @example
 * doseLines(doses).map((line) => line.side); // ['left', 'right']
 */
export function doseLines(doses: readonly DosePoint[]): DoseLine[] {
  const legs = [...new Set(doses.map((dose) => dose.side))]
    .filter((side): side is Side => side !== 'both')
    .sort();
  if (legs.length < 2) return [{ side: null, doses: [...doses] }];
  return legs.map((side) => ({ side, doses: doses.filter((dose) => dose.side === side) }));
}
