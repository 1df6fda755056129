import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIMING,
  initialPlayerState,
  type PlayerDose,
  type PlayerEvent,
  type PlayerState,
  performedSets,
  transition,
} from './machine.js';

const RULES = { exerciseStopAbove: 5 };

function buildDose(overrides: Partial<PlayerDose> = {}): PlayerDose {
  return { sets: 3, reps: null, holdSeconds: 10, restSecondsBetweenSets: 30, loadKg: 0, ...overrides };
}

function run(dose: PlayerDose, events: readonly PlayerEvent[], from: PlayerState = initialPlayerState()) {
  let state = from;
  const effects = [];
  for (const event of events) {
    const step = transition(state, event, dose, DEFAULT_TIMING);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

/** Seconds a whole exercise takes with the default timing. */
function totalSeconds(dose: PlayerDose): number {
  const reps = dose.reps ?? 1;
  const perRep = dose.holdSeconds ?? DEFAULT_TIMING.repSeconds;
  const relax = dose.holdSeconds ? (reps - 1) * DEFAULT_TIMING.relaxSeconds : 0;
  const perSet = DEFAULT_TIMING.getReadySeconds + reps * perRep + relax;
  return dose.sets * perSet + (dose.sets - 1) * dose.restSecondsBetweenSets;
}

describe('a full exercise', () => {
  it.each([
    { name: 'holds', dose: buildDose(), sets: [{ reps: null, holdSeconds: 10 }] },
    {
      name: 'reps',
      dose: buildDose({ sets: 2, reps: 10, holdSeconds: null }),
      sets: [{ reps: 10, holdSeconds: null }],
    },
    {
      name: 'held reps',
      dose: buildDose({ sets: 2, reps: 3, holdSeconds: 5 }),
      sets: [{ reps: 3, holdSeconds: 5 }],
    },
  ])('logs every prescribed set of $name and then asks for pain', ({ dose, sets }) => {
    const { state } = run(dose, [{ type: 'start' }, { type: 'tick', seconds: totalSeconds(dose) }]);
    expect(state.phase).toBe('pain');
    expect(state.doneSets).toEqual(Array.from({ length: dose.sets }, () => sets[0]));
  });

  it('rests between sets but not after the last one', () => {
    const dose = buildDose({ sets: 2 });
    const beforeRest = run(dose, [{ type: 'start' }, { type: 'tick', seconds: 15 }]);
    expect(beforeRest.state.phase).toBe('rest');
    expect(beforeRest.state.remainingSeconds).toBe(30);
    const end = run(dose, [{ type: 'tick', seconds: 45 + 15 }], beforeRest.state);
    expect(end.state.phase).toBe('pain');
  });

  it('chimes at the end of each hold and says the cues', () => {
    const { effects } = run(buildDose({ sets: 1, reps: 2, holdSeconds: 5 }), [
      { type: 'start' },
      { type: 'tick', seconds: 18 },
    ]);
    expect(effects).toEqual([
      { kind: 'say', cue: 'get-ready' },
      { kind: 'say', cue: 'hold' },
      { kind: 'chime' },
      { kind: 'say', cue: 'relax' },
      { kind: 'say', cue: 'hold' },
      { kind: 'chime' },
      { kind: 'say', cue: 'ask-pain' },
    ]);
  });
});

describe('controls', () => {
  it('does not count time while paused', () => {
    const paused = run(buildDose(), [{ type: 'start' }, { type: 'pause' }, { type: 'tick', seconds: 100 }]);
    expect(paused.state.phase).toBe('get-ready');
    expect(paused.state.remainingSeconds).toBe(DEFAULT_TIMING.getReadySeconds);
  });

  it('logs a hold cut short with the seconds actually held', () => {
    const dose = buildDose({ sets: 1 });
    const { state } = run(dose, [{ type: 'start' }, { type: 'tick', seconds: 5 + 4 }, { type: 'next' }]);
    expect(state.doneSets).toEqual([{ reps: null, holdSeconds: 4 }]);
  });

  it('skips the rest with next', () => {
    const { state } = run(buildDose(), [{ type: 'start' }, { type: 'tick', seconds: 15 }, { type: 'next' }]);
    expect(state).toMatchObject({ phase: 'get-ready', set: 2 });
  });

  it('stopping early keeps the reps done and asks for pain', () => {
    const dose = buildDose({ sets: 2, reps: 10, holdSeconds: null });
    const { state } = run(dose, [{ type: 'start' }, { type: 'tick', seconds: 5 + 4 * 3 }, { type: 'stop' }]);
    expect(state).toMatchObject({ phase: 'pain', stoppedEarly: true });
    expect(performedSets(state, { ...dose, loadKg: 1 })).toEqual([{ reps: 3, holdSeconds: null, loadKg: 1 }]);
  });

  it('ignores a second start', () => {
    const started = run(buildDose(), [{ type: 'start' }, { type: 'tick', seconds: 2 }]);
    expect(run(buildDose(), [{ type: 'start' }], started.state).state).toEqual(started.state);
  });
});

describe('pain after the exercise', () => {
  it.each([
    { painScore: 0, stoppedForToday: false, cue: 'done' },
    { painScore: 5, stoppedForToday: false, cue: 'done' },
    { painScore: 6, stoppedForToday: true, cue: 'stopped' },
    { painScore: 10, stoppedForToday: true, cue: 'stopped' },
  ])('pain $painScore stops it for today: $stoppedForToday', ({ painScore, stoppedForToday, cue }) => {
    const dose = buildDose({ sets: 1 });
    const { state, effects } = run(dose, [
      { type: 'start' },
      { type: 'stop' },
      { type: 'pain', painScore, rules: RULES },
    ]);
    expect(state).toMatchObject({ phase: 'done', painScore, stoppedForToday });
    expect(effects.at(-1)).toEqual({ kind: 'say', cue });
  });

  it('is only taken once the exercise has ended', () => {
    const { state } = run(buildDose(), [{ type: 'start' }, { type: 'pain', painScore: 8, rules: RULES }]);
    expect(state.phase).toBe('get-ready');
    expect(state.painScore).toBeNull();
  });
});

describe('sets counted by the camera', () => {
  const dose = buildDose({ sets: 2, reps: 10, holdSeconds: null });

  it('go straight to the pain question and into the log as the patient confirmed them', () => {
    const sets = [
      { reps: 10, holdSeconds: null },
      { reps: 8, holdSeconds: null },
    ];
    const { state } = run(dose, [{ type: 'counted', sets }]);
    expect(state.phase).toBe('pain');
    expect(state.stoppedEarly).toBe(false);
    expect(performedSets(state, dose)).toEqual(sets.map((set) => ({ ...set, loadKg: 0 })));
  });

  it('mark the exercise as stopped early when fewer sets were counted than prescribed', () => {
    expect(run(dose, [{ type: 'counted', sets: [{ reps: 10, holdSeconds: null }] }]).state.stoppedEarly).toBe(
      true,
    );
  });

  it('are refused once the timer has started, or when empty', () => {
    const sets = [{ reps: 3, holdSeconds: null }];
    expect(run(dose, [{ type: 'start' }, { type: 'counted', sets }]).state.phase).toBe('get-ready');
    expect(run(dose, [{ type: 'counted', sets: [] }]).state.phase).toBe('idle');
  });
});
