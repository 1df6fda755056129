import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS, type ExerciseDefinition, LOCALES, type Text } from '../../types.js';
import { HOLD_A_SUPPORT_CUE, PAIN_TRAFFIC_LIGHT_CUE, STRETCH_FEELING_CUE } from './dose-steps.js';
import { EXERCISES } from './index.js';

function allTexts(exercise: ExerciseDefinition): Text[] {
  const { progression } = exercise;
  const variants =
    progression.kind === 'ladder' ? progression.steps.flatMap((step) => step.variant ?? []) : [];
  const notes = exercise.loadOptions.flatMap((option) => option.safetyNote ?? []);
  return [
    exercise.name,
    exercise.purpose,
    exercise.startPosition,
    ...exercise.steps,
    ...exercise.cues,
    ...exercise.spokenCues,
    ...exercise.commonMistakes,
    ...variants,
    ...notes,
  ];
}

/**
 * A ladder as compact strings: `sets x reps`, or `sets x hold s effort`, then the variant name, then
 * how often (`2/day`, `strength days`) when not once daily, and `from phase N` when not from phase 1.
 */
function ladder(exercise: ExerciseDefinition): string[] {
  if (exercise.progression.kind !== 'ladder') return [];
  return exercise.progression.steps.map((step) => {
    const amount = step.reps === null ? `${step.holdSeconds}s` : `${step.reps}`;
    const often =
      step.frequency === 'resistance-days' ? 'strength days' : step.timesPerDay > 1 ? '2/day' : '';
    const from = step.fromPhase > 1 ? `from phase ${step.fromPhase}` : '';
    return [`${step.sets}x${amount}`, step.effort, step.variant?.en, often, from].filter(Boolean).join(' ');
  });
}

const byId = (id: string): ExerciseDefinition => {
  const found = EXERCISES.find((exercise) => exercise.id === id);
  if (!found) throw new Error(`no exercise ${id}`);
  return found;
};

describe('EXERCISES', () => {
  it('lists every exercise once, in EXERCISE_IDS order', () => {
    expect(EXERCISES.map((exercise) => exercise.id)).toEqual([...EXERCISE_IDS]);
  });

  it.each(EXERCISES)('$id is complete in English and Spanish', (exercise) => {
    for (const text of allTexts(exercise)) {
      for (const locale of LOCALES) expect(text[locale].trim(), JSON.stringify(text)).not.toBe('');
    }
    expect(exercise.steps.length).toBeGreaterThanOrEqual(4);
    expect(exercise.steps.length).toBeLessThanOrEqual(7);
    expect(exercise.spokenCues.length).toBeGreaterThanOrEqual(3);
    expect(exercise.spokenCues.length).toBeLessThanOrEqual(5);
    expect(exercise.commonMistakes.length).toBeGreaterThan(0);
    expect(exercise.cues).toContainEqual(PAIN_TRAFFIC_LIGHT_CUE);
    expect(exercise.figure).toBe(exercise.id);
    expect(exercise.evidence).not.toBe('');
  });

  it.each(EXERCISES)('$id keeps its spoken cues short enough to say during a set', (exercise) => {
    for (const cue of exercise.spokenCues) expect(cue.en.split(' ').length).toBeLessThanOrEqual(8);
  });

  it.each(EXERCISES)('$id names a side only when it works one side', (exercise) => {
    const usesSide = allTexts(exercise).some((text) => /\{(side|otherSide)\}/.test(text.en + text.es));
    if (exercise.side === 'both') expect(usesSide).toBe(false);
    for (const text of allTexts(exercise)) {
      expect(text.es, 'Spanish side words agree with "lado"').not.toMatch(
        /(pierna|mano|rodilla) \{(side|otherSide)\}/,
      );
    }
  });

  it.each(EXERCISES)('$id starts its ladder at its default dose', (exercise) => {
    const { progression, defaultDose } = exercise;
    if (progression.kind !== 'ladder') return;
    const first = progression.steps[0];
    expect(first && [first.sets, first.reps, first.holdSeconds, first.effort]).toEqual([
      defaultDose.sets,
      defaultDose.reps,
      defaultDose.holdSeconds,
      defaultDose.effort,
    ]);
  });
});

describe('the prescribed ladders', () => {
  it.each([
    { id: 'crossover-dynamic', steps: ['1x10', '1x11', '1x12', '1x13', '1x14', '1x15'], perStep: 1 },
    { id: 'crossover-static', steps: ['3x10s', '3x15s', '3x20s', '3x25s', '3x30s'], perStep: 1 },
    { id: 'seated-knee-to-shoulder', steps: ['3x10s', '3x15s', '3x20s', '3x25s', '3x30s'], perStep: 1 },
    {
      id: 'sidelying-isometric-abduction',
      steps: [
        '5x5s light',
        '5x6s light',
        '5x7s light',
        '5x8s light',
        '5x9s light',
        '5x10s light',
        '5x10s moderate',
      ],
      perStep: 1,
      minDays: 2,
    },
    {
      id: 'supine-isometric-abduction',
      steps: [
        '3x5s light 2/day',
        '5x5s light 2/day',
        '5x10s light 2/day',
        '5x15s moderate',
        '6x20s moderate',
        '6x30s moderate',
      ],
      perStep: 1,
      minDays: 2,
    },
    {
      id: 'standing-isometric-abduction',
      steps: ['3x5s light', '5x5s light', '5x10s light', '5x15s light', '6x20s moderate', '6x30s moderate'],
      perStep: 1,
      minDays: 2,
    },
    {
      id: 'bridge-progression',
      steps: [
        '1x10 Double-leg bridge',
        '2x10 Double-leg bridge',
        '1x5 Offset bridge from phase 2',
        '1x10 Offset bridge from phase 2',
        '2x5 Single-leg bridge strength days from phase 2',
        '2x8 Single-leg bridge strength days from phase 2',
        '2x10 Single-leg bridge strength days from phase 2',
      ],
      perStep: 2,
    },
    {
      id: 'squat-progression',
      steps: [
        '1x10 Squat to a chair',
        '2x10 Squat to a chair',
        '1x5 Offset squat from phase 2',
        '1x10 Offset squat from phase 2',
        '2x5 Single-leg-biased squat strength days from phase 2',
        '2x8 Single-leg-biased squat strength days from phase 2',
        '2x10 Single-leg-biased squat strength days from phase 2',
      ],
      perStep: 2,
    },
    {
      id: 'hip-hitch',
      steps: [
        '5x10s Hip hitch, held strength days from phase 3',
        '5x20s Hip hitch, held strength days from phase 3',
        '5x30s Hip hitch, held strength days from phase 3',
        '2x8 Hip hitch, lift and lower strength days from phase 3',
        '2x12 Hip hitch, lift and lower strength days from phase 3',
        '3x12 Hip hitch, lift and lower strength days from phase 3',
      ],
      perStep: 2,
    },
    {
      id: 'band-side-steps',
      steps: [
        '1x10 Side-stepping',
        '1x15 Side-stepping',
        '1x5 Side-steps with a band strength days from phase 2',
        '1x10 Side-steps with a band strength days from phase 2',
        '2x10 Side-steps with a band strength days from phase 2',
      ],
      perStep: 2,
    },
  ])('$id climbs $steps', ({ id, steps, perStep, minDays }) => {
    const exercise = byId(id);
    expect(ladder(exercise)).toEqual(steps);
    expect(exercise.progression.kind === 'ladder' && exercise.progression.goodSessionsPerStep).toBe(perStep);
    expect(exercise.progression.kind === 'ladder' && exercise.progression.minDaysPerStep).toBe(minDays ?? 0);
  });

  it('sidelying-abduction uses double progression in 8-12 reps with 0.5 kg steps, up to 3 sets', () => {
    expect(byId('sidelying-abduction').progression).toEqual({
      kind: 'double-progression',
      minReps: 8,
      maxReps: 12,
      twoForTwoExtraReps: 2,
      loadStepKg: 0.5,
      maxSets: 3,
      intermediateStepsBelowKg: 5,
    });
  });
});

describe('the prescription details', () => {
  it.each([
    {
      id: 'crossover-dynamic',
      phases: [1, 2, 3],
      conditions: ['muscle-strain'],
      frequency: 'daily',
      chosen: false,
    },
    {
      id: 'crossover-static',
      phases: [1, 2, 3],
      conditions: ['muscle-strain'],
      frequency: 'daily',
      chosen: false,
    },
    {
      id: 'seated-knee-to-shoulder',
      phases: [1, 2, 3],
      conditions: ['muscle-strain'],
      frequency: 'daily',
      chosen: false,
    },
    {
      id: 'sidelying-isometric-abduction',
      phases: [1, 2],
      conditions: ['muscle-strain'],
      frequency: 'daily',
      chosen: false,
    },
    {
      id: 'supine-isometric-abduction',
      phases: [1, 2],
      conditions: ['tendinopathy'],
      frequency: 'daily',
      chosen: false,
    },
    {
      id: 'standing-isometric-abduction',
      phases: [1, 2],
      conditions: ['tendinopathy'],
      frequency: 'daily',
      chosen: false,
    },
    {
      id: 'sidelying-abduction',
      phases: [2],
      conditions: ['muscle-strain', 'tendinopathy'],
      frequency: 'resistance-days',
      chosen: false,
    },
    {
      id: 'bridge-progression',
      phases: [3],
      conditions: ['muscle-strain', 'tendinopathy'],
      frequency: 'daily',
      chosen: true,
      leap: [1, 2],
    },
    {
      id: 'squat-progression',
      phases: [3],
      conditions: ['muscle-strain', 'tendinopathy'],
      frequency: 'daily',
      chosen: true,
      leap: [1, 2],
    },
    {
      id: 'hip-hitch',
      phases: [3],
      conditions: ['muscle-strain', 'tendinopathy'],
      frequency: 'resistance-days',
      chosen: true,
    },
    {
      id: 'band-side-steps',
      phases: [3],
      conditions: ['muscle-strain', 'tendinopathy'],
      frequency: 'daily',
      chosen: true,
      leap: [1, 2],
    },
  ])(
    '$id runs in phases $phases for $conditions (tendinopathy: $leap), starting $frequency',
    ({ id, phases, conditions, frequency, chosen, leap }) => {
      const exercise = byId(id);
      expect([
        exercise.phases,
        exercise.conditions,
        exercise.frequency,
        exercise.therapistChosen,
        exercise.tendinopathyPhases,
      ]).toEqual([phases, conditions, frequency, chosen, leap ?? []]);
    },
  );

  it('tags exactly the three adduction stretches, which tendinopathy locks (CLINICAL.md 4b)', () => {
    const tagged = EXERCISES.filter((exercise) => exercise.tags.includes('adduction')).map(
      (exercise) => exercise.id,
    );
    expect(tagged).toEqual(['crossover-dynamic', 'crossover-static', 'seated-knee-to-shoulder']);
  });

  it('gives the supine isometric twice a day', () => {
    expect(byId('supine-isometric-abduction').defaultDose.timesPerDay).toBe(2);
  });

  it('starts the LEAP isometrics at 3 holds of 5 s, within its 3-5 repetitions', () => {
    for (const id of ['supine-isometric-abduction', 'standing-isometric-abduction'])
      expect(byId(id).defaultDose).toMatchObject({ sets: 3, holdSeconds: 5, effort: 'light' });
  });

  it('marks standing single-leg, step and band exercises as a falls risk, with a "hold a support" cue', () => {
    const risky = EXERCISES.filter((exercise) => exercise.fallsRisk).map((exercise) => exercise.id);
    expect(risky).toEqual(['hip-hitch', 'band-side-steps']);
    for (const id of [...risky, 'squat-progression'])
      expect(byId(id).cues).toContainEqual(HOLD_A_SUPPORT_CUE);
  });

  it('offers a bed alternative for the exercise done on the floor', () => {
    expect(byId('sidelying-isometric-abduction').bedAlternative?.en).toMatch(/On a bed instead/);
  });

  it('tells the stretches to stop at a stretch feeling, not pain', () => {
    for (const id of ['crossover-dynamic', 'crossover-static', 'seated-knee-to-shoulder'])
      expect(byId(id).cues).toContainEqual(STRETCH_FEELING_CUE);
  });

  it('puts a pillow between the knees of side-lying abduction for tendinopathy, the top leg never below level', () => {
    const cue = byId('sidelying-abduction').cues.find((text) => /tendon/.test(text.en));
    expect(cue?.en).toMatch(/pillow between the knees.*never drops below level/);
  });

  it('starts side-lying abduction at 2 x 10 bodyweight, the barbell for therapists only and with a safety note', () => {
    const exercise = byId('sidelying-abduction');
    expect(exercise.defaultDose).toMatchObject({ sets: 2, reps: 10, loadKg: 0, loadKind: 'bodyweight' });
    expect(exercise.loadOptions.map((option) => [option.kind, option.therapistOnly, option.stepKg])).toEqual([
      ['bodyweight', false, null],
      ['ankle-weight', false, 0.5],
      ['resistance-band', false, null],
      ['barbell', true, null],
    ]);
    expect(exercise.loadOptions.at(-1)?.safetyNote?.en).toMatch(/Only a therapist/);
  });

  it.each(EXERCISES)(
    '$id rests 30 s between holds and stretches, 60 s between resistance sets',
    (exercise) => {
      const resistance = exercise.category === 'dynamic-resistance' || exercise.category === 'functional';
      expect(exercise.defaultDose.restSecondsBetweenSets).toBe(resistance ? 60 : 30);
    },
  );
});
