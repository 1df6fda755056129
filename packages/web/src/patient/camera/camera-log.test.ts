import { describe, expect, it } from 'vitest';
import { withCameraCounts } from './camera-log.js';

const set = (reps: number) => ({ reps, holdSeconds: null, loadKg: 0.5 });

describe('what the camera counted, in the session log', () => {
  it('goes beside each set the patient confirmed, angles to a tenth of a degree', () => {
    expect(
      withCameraCounts(
        [set(10), set(9)],
        [
          { reps: 10, peakDegrees: [30.04, 29.96] },
          { reps: 8, peakDegrees: [] },
        ],
      ),
    ).toEqual([
      { ...set(10), camera: { reps: 10, peakDegrees: [30, 30] } },
      { ...set(9), camera: { reps: 8, peakDegrees: [] } },
    ]);
  });

  it('leaves sets done without the camera as they were', () => {
    expect(withCameraCounts([set(10)], undefined)).toEqual([set(10)]);
    expect(withCameraCounts([set(10), set(10)], [{ reps: 7, peakDegrees: [] }])[1]).toEqual(set(10));
  });
});
