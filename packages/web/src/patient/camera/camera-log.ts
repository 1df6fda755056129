import type { PerformedSet } from '@minimus/core';

/** One set as the camera counted it: the repetitions and each one's peak angle (degrees). */
export interface CameraSet {
  reps: number;
  peakDegrees: readonly number[];
}

const tenth = (degrees: number) => Math.round(degrees * 10) / 10;

/**
 * The performed sets with what the camera counted beside each (the set's own reps stay what the
 * patient confirmed or corrected): counts and angles only, to a tenth of a degree.
 *
 * @example
 * withCameraCounts([{ reps: 9, holdSeconds: null, loadKg: 0 }], [{ reps: 8, peakDegrees: [31.26] }])
 * // [{ reps: 9, holdSeconds: null, loadKg: 0, camera: { reps: 8, peakDegrees: [31.3] } }]
 */
export function withCameraCounts(
  sets: readonly PerformedSet[],
  camera: readonly CameraSet[] | undefined,
): PerformedSet[] {
  return sets.map((set, index) => {
    const counted = camera?.[index];
    if (!counted) return set;
    return { ...set, camera: { reps: counted.reps, peakDegrees: counted.peakDegrees.map(tenth) } };
  });
}
