import { describe, expect, it } from 'vitest';
import { startingPrescription } from '../engine/dose-ladder.js';
import type { ExerciseId } from '../protocol/types.js';
import { protocol } from '../testing/index.js';
import { isOnLadder, sessionLogProblem } from './log-bounds.js';

const set = (
  overrides: {
    reps?: number | null;
    holdSeconds?: number | null;
    loadKg?: number;
    camera?: { reps: number; peakDegrees: number[] };
  } = {},
) => ({
  reps: null,
  holdSeconds: null,
  loadKg: 0,
  ...overrides,
});
const exerciseOf = (id: ExerciseId) => {
  const found = protocol.exercises.find((exercise) => exercise.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('bounds: an implausible session log is refused, naming the field (CLINICAL 3)', () => {
  it.each([
    {
      name: '500 reps on a stretch',
      log: [{ exerciseId: 'crossover-dynamic' as const, sets: [set({ reps: 500 })] }],
      path: 'exercises.0.sets.0.reps',
    },
    {
      name: '31 reps on a stretch topping out at 15',
      log: [{ exerciseId: 'crossover-dynamic' as const, sets: [set({ reps: 31 })] }],
      path: 'exercises.0.sets.0.reps',
    },
    {
      name: 'a 600 s hold',
      log: [{ exerciseId: 'crossover-static' as const, sets: [set({ holdSeconds: 600 })] }],
      path: 'exercises.0.sets.0.holdSeconds',
    },
    {
      name: '200 kg',
      log: [
        {
          exerciseId: 'sidelying-abduction' as const,
          sets: [set({ reps: 10 }), set({ reps: 10, loadKg: 200 })],
        },
      ],
      path: 'exercises.0.sets.1.loadKg',
    },
    {
      name: '20.5 kg',
      log: [{ exerciseId: 'sidelying-abduction' as const, sets: [set({ reps: 10, loadKg: 20.5 })] }],
      path: 'exercises.0.sets.0.loadKg',
    },
    {
      name: 'one exercise twice',
      log: [
        { exerciseId: 'crossover-static' as const, sets: [set({ holdSeconds: 10 })] },
        { exerciseId: 'crossover-static' as const, sets: [set({ holdSeconds: 10 })] },
      ],
      path: 'exercises.1.exerciseId',
    },
    {
      name: 'no sets',
      log: [{ exerciseId: 'crossover-static' as const, sets: [] }],
      path: 'exercises.0.sets',
    },
    {
      name: 'a camera count on a stretch the camera cannot count',
      log: [
        {
          exerciseId: 'crossover-dynamic' as const,
          sets: [set({ reps: 2, camera: { reps: 2, peakDegrees: [30, 31] } })],
        },
      ],
      path: 'exercises.0.sets.0.camera',
    },
  ])('refuses $name at $path', ({ log, path }) => {
    expect(sessionLogProblem(protocol, log)?.path).toBe(path);
  });

  it.each([
    {
      name: '30 reps on a stretch topping out at 15',
      log: [{ exerciseId: 'crossover-dynamic' as const, sets: [set({ reps: 30 })] }],
    },
    {
      name: 'a 60 s hold on a 30 s stretch',
      log: [{ exerciseId: 'crossover-static' as const, sets: [set({ holdSeconds: 60 })] }],
    },
    {
      name: '20 kg',
      log: [{ exerciseId: 'sidelying-abduction' as const, sets: [set({ reps: 12, loadKg: 20 })] }],
    },
    {
      name: 'a camera count on side-lying abduction, which has a camera rule',
      log: [
        {
          exerciseId: 'sidelying-abduction' as const,
          sets: [set({ reps: 2, camera: { reps: 2, peakDegrees: [30, 31] } })],
        },
      ],
    },
  ])('accepts $name', ({ log }) => {
    expect(sessionLogProblem(protocol, log)).toBeNull();
  });

  it("follows a therapist's dose edit above the protocol's ladder", () => {
    const log = [{ exerciseId: 'crossover-static' as const, sets: [set({ holdSeconds: 90 })] }];
    expect(sessionLogProblem(protocol, log)?.path).toBe('exercises.0.sets.0.holdSeconds');
    const edited = { ...startingPrescription(exerciseOf('crossover-static')), holdSeconds: 45 };
    expect(sessionLogProblem(protocol, log, () => edited)).toBeNull();
  });
});

describe('offline fidelity: a prescription a phone showed must lie on its exercise ladder', () => {
  it.each(protocol.exercises.map((exercise) => ({ id: exercise.id })))(
    'the starting dose of $id is on it',
    ({ id }) => {
      expect(isOnLadder(exerciseOf(id), startingPrescription(exerciseOf(id)))).toBe(true);
    },
  );

  it.each([
    { name: 'a hold between rungs', id: 'crossover-static' as const, change: { holdSeconds: 12 } },
    { name: 'a rung past the top', id: 'crossover-static' as const, change: { step: 40 } },
    { name: 'reps above the range', id: 'sidelying-abduction' as const, change: { reps: 13 } },
    { name: 'a load off the steps', id: 'sidelying-abduction' as const, change: { loadKg: 0.7 } },
  ])('refuses $name', ({ id, change }) => {
    expect(isOnLadder(exerciseOf(id), { ...startingPrescription(exerciseOf(id)), ...change })).toBe(false);
  });
});
