import { describe, expect, it } from 'vitest';
import type { PerformedSet, SessionLog } from '../history/history.js';
import { buildPrescription } from '../testing/plan-builders.js';
import { cameraSessions, cameraWeeks } from './camera-counts.js';

const counted = (reps: number, cameraReps: number, peakDegrees: number[]): PerformedSet => ({
  reps,
  holdSeconds: null,
  loadKg: 0,
  camera: { reps: cameraReps, peakDegrees },
});

function buildLog(date: string, sets: PerformedSet[]): SessionLog {
  return {
    id: `log-${date}`,
    date,
    stamp: { phase: 2, phaseStartDate: '2026-02-23', phaseRuleId: 'gate.pain-subsides' },
    baselinePain: 1,
    exercises: [
      {
        exerciseId: 'sidelying-abduction',
        prescription: buildPrescription(),
        sets,
        painScore: 2,
        stoppedEarly: false,
      },
      {
        exerciseId: 'hip-hitch',
        prescription: buildPrescription(),
        sets: [{ reps: 8, holdSeconds: null, loadKg: 0 }],
        painScore: 1,
        stoppedEarly: false,
      },
    ],
  };
}

describe('what the camera counted, for the therapist', () => {
  const logs = [
    buildLog('2026-03-04', [counted(10, 10, [30, 32]), counted(10, 9, [28])]),
    buildLog('2026-03-02', [counted(10, 8, [20, 22])]),
    buildLog('2026-03-09', [counted(12, 12, [34])]),
  ];

  it('sets camera against reported repetitions per session, oldest first, leaving out exercises done without it', () => {
    expect(cameraSessions(logs)).toEqual([
      {
        date: '2026-03-02',
        exerciseId: 'sidelying-abduction',
        cameraReps: 8,
        reportedReps: 10,
        highestPeakDegrees: 22,
      },
      {
        date: '2026-03-04',
        exerciseId: 'sidelying-abduction',
        cameraReps: 19,
        reportedReps: 20,
        highestPeakDegrees: 32,
      },
      {
        date: '2026-03-09',
        exerciseId: 'sidelying-abduction',
        cameraReps: 12,
        reportedReps: 12,
        highestPeakDegrees: 34,
      },
    ]);
  });

  it('averages the peak angles of each Monday-to-Sunday week', () => {
    expect(cameraWeeks(logs)).toEqual([
      { weekStart: '2026-03-02', exerciseId: 'sidelying-abduction', meanPeakDegrees: 26.4, countedReps: 5 },
      { weekStart: '2026-03-09', exerciseId: 'sidelying-abduction', meanPeakDegrees: 34, countedReps: 1 },
    ]);
  });

  it('has nothing to show when the camera was never used', () => {
    const timed = [buildLog('2026-03-04', [{ reps: 10, holdSeconds: null, loadKg: 0 }])];
    expect(cameraSessions(timed)).toEqual([]);
    expect(cameraWeeks(timed)).toEqual([]);
  });
});
