import { describe, expect, it } from 'vitest';
import { initialPlayerState } from './machine.js';
import { sessionLogRequest } from './session-log.js';
import type { SavedSession } from './session-storage.js';

function buildSession(overrides: Partial<SavedSession> = {}): SavedSession {
  return {
    clientId: '7b0c2a8e-1f7c-4d0e-9a59-5f0d6b1f2c3d',
    patientId: 'patient-1',
    date: '2026-03-02',
    baselinePain: 2,
    exerciseIds: ['sidelying-isometric-abduction', 'crossover-static'],
    index: 1,
    finished: [
      {
        exerciseId: 'sidelying-isometric-abduction',
        sets: [{ reps: null, holdSeconds: 5, loadKg: 0 }],
        painScore: 3,
        stoppedEarly: false,
      },
    ],
    player: initialPlayerState(),
    ...overrides,
  };
}

describe('sessionLogRequest', () => {
  it('carries the session clientId, date, baseline and the exercises done so far', () => {
    expect(sessionLogRequest(buildSession())).toEqual({
      clientId: '7b0c2a8e-1f7c-4d0e-9a59-5f0d6b1f2c3d',
      date: '2026-03-02',
      baselinePain: 2,
      exercises: [
        {
          exerciseId: 'sidelying-isometric-abduction',
          sets: [{ reps: null, holdSeconds: 5, loadKg: 0 }],
          painScore: 3,
          stoppedEarly: false,
        },
      ],
    });
  });

  it.each([
    { name: 'nothing was finished', overrides: { finished: [] } },
    { name: 'the baseline pain was never given', overrides: { baselinePain: null } },
  ])('is null when $name', ({ overrides }) => {
    expect(sessionLogRequest(buildSession(overrides))).toBeNull();
  });
});
