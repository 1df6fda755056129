/**
 * The guided player for one exercise as a pure state machine: get ready, hold or move through each rep,
 * rest between sets, then ask for pain. Time enters only through `tick` events, so a test (or a resumed
 * session) drives it without a clock; sounds and speech leave as effects for the page to play.
 */
import { type PainRules, stopsForToday } from '@minimus/core';

export interface PlayerDose {
  sets: number;
  /** Reps per set; null for a single hold per set. */
  reps: number | null;
  holdSeconds: number | null;
  restSecondsBetweenSets: number;
  loadKg: number;
}

export interface PlayerTiming {
  getReadySeconds: number;
  /** Tempo of one rep without a hold: about two seconds up, two down. */
  repSeconds: number;
  /** Pause between held reps within a set. */
  relaxSeconds: number;
}

export const DEFAULT_TIMING: PlayerTiming = { getReadySeconds: 5, repSeconds: 4, relaxSeconds: 3 };

export type PlayerPhase = 'idle' | 'get-ready' | 'hold' | 'relax' | 'move' | 'rest' | 'pain' | 'done';

export interface DoneSet {
  reps: number | null;
  holdSeconds: number | null;
}

export interface PlayerState {
  phase: PlayerPhase;
  /** 1-based set and rep being done. */
  set: number;
  rep: number;
  remainingSeconds: number;
  paused: boolean;
  repsDoneInSet: number;
  /** Shortest hold held in this set: a hold cut short is logged as held, not as prescribed. */
  shortestHoldInSet: number | null;
  doneSets: readonly DoneSet[];
  stoppedEarly: boolean;
  painScore: number | null;
  /** Pain above the protocol's threshold: the exercise stops for today. */
  stoppedForToday: boolean;
}

export type PlayerEvent =
  | { type: 'start' }
  | { type: 'tick'; seconds: number }
  | { type: 'pause' }
  | { type: 'resume' }
  /** Ends the current step now (a rep done early, a rest skipped). */
  | { type: 'next' }
  /** The patient stops the exercise before all sets are done. */
  | { type: 'stop' }
  | { type: 'pain'; painScore: number; rules: Pick<PainRules, 'exerciseStopAbove'> }
  /** The sets the camera counted, as the patient confirmed or corrected them, instead of the timer. */
  | { type: 'counted'; sets: readonly DoneSet[] };

export type Cue = 'get-ready' | 'hold' | 'relax' | 'rest' | 'done' | 'stopped' | 'ask-pain';

export type PlayerEffect = { kind: 'say'; cue: Cue } | { kind: 'count'; value: number } | { kind: 'chime' };

export interface Transition {
  state: PlayerState;
  effects: PlayerEffect[];
}

export function initialPlayerState(): PlayerState {
  return {
    phase: 'idle',
    set: 1,
    rep: 1,
    remainingSeconds: 0,
    paused: false,
    repsDoneInSet: 0,
    shortestHoldInSet: null,
    doneSets: [],
    stoppedEarly: false,
    painScore: null,
    stoppedForToday: false,
  };
}

const TIMED: readonly PlayerPhase[] = ['get-ready', 'hold', 'relax', 'move', 'rest'];

function repsPerSet(dose: PlayerDose): number {
  return dose.reps ?? 1;
}

/** Starts the first rep of the current set: a hold when the dose has one, else a paced movement. */
function beginRep(state: PlayerState, dose: PlayerDose, timing: PlayerTiming): Transition {
  if (dose.holdSeconds !== null && dose.holdSeconds > 0)
    return {
      state: { ...state, phase: 'hold', remainingSeconds: dose.holdSeconds },
      effects: [{ kind: 'say', cue: 'hold' }],
    };
  return {
    state: { ...state, phase: 'move', remainingSeconds: timing.repSeconds },
    effects: [{ kind: 'count', value: state.rep }],
  };
}

function finishSet(state: PlayerState, dose: PlayerDose, timing: PlayerTiming): Transition {
  const doneSet: DoneSet = {
    reps: dose.reps === null ? null : state.repsDoneInSet,
    holdSeconds: dose.holdSeconds === null ? null : (state.shortestHoldInSet ?? dose.holdSeconds),
  };
  const next = {
    ...state,
    doneSets: [...state.doneSets, doneSet],
    repsDoneInSet: 0,
    shortestHoldInSet: null,
  };
  if (state.set < dose.sets) {
    const rest = dose.restSecondsBetweenSets;
    if (rest <= 0) return startSet({ ...next, set: state.set + 1 }, timing);
    return {
      state: { ...next, phase: 'rest', remainingSeconds: rest },
      effects: [{ kind: 'say', cue: 'rest' }],
    };
  }
  return askPain(next);
}

function startSet(state: PlayerState, timing: PlayerTiming): Transition {
  return {
    state: { ...state, phase: 'get-ready', rep: 1, remainingSeconds: timing.getReadySeconds },
    effects: [{ kind: 'say', cue: 'get-ready' }],
  };
}

function askPain(state: PlayerState): Transition {
  return {
    state: { ...state, phase: 'pain', remainingSeconds: 0 },
    effects: [{ kind: 'say', cue: 'ask-pain' }],
  };
}

/** The current timed step is over (its time ran out, or the patient moved on). */
function endStep(
  state: PlayerState,
  dose: PlayerDose,
  timing: PlayerTiming,
  heldSeconds: number,
): Transition {
  switch (state.phase) {
    case 'get-ready':
      return beginRep(state, dose, timing);
    case 'hold': {
      const shortest = Math.min(state.shortestHoldInSet ?? heldSeconds, heldSeconds);
      const held = { ...state, repsDoneInSet: state.repsDoneInSet + 1, shortestHoldInSet: shortest };
      const chime: PlayerEffect = { kind: 'chime' };
      if (state.rep >= repsPerSet(dose)) {
        const finished = finishSet(held, dose, timing);
        return { state: finished.state, effects: [chime, ...finished.effects] };
      }
      return {
        state: { ...held, phase: 'relax', remainingSeconds: timing.relaxSeconds },
        effects: [chime, { kind: 'say', cue: 'relax' }],
      };
    }
    case 'relax':
      return beginRep({ ...state, rep: state.rep + 1 }, dose, timing);
    case 'move': {
      const moved = { ...state, repsDoneInSet: state.repsDoneInSet + 1 };
      if (state.rep >= repsPerSet(dose)) return finishSet(moved, dose, timing);
      return beginRep({ ...moved, rep: state.rep + 1 }, dose, timing);
    }
    case 'rest': {
      const next = startSet({ ...state, set: state.set + 1 }, timing);
      return { state: next.state, effects: [{ kind: 'chime' }, ...next.effects] };
    }
    default:
      return { state, effects: [] };
  }
}

function tick(state: PlayerState, seconds: number, dose: PlayerDose, timing: PlayerTiming): Transition {
  let current = state;
  let left = seconds;
  const effects: PlayerEffect[] = [];
  // A long gap (the phone slept) may cross several steps: carry the leftover time into each next one.
  while (TIMED.includes(current.phase) && left >= current.remainingSeconds) {
    left -= current.remainingSeconds;
    const held = current.phase === 'hold' ? (dose.holdSeconds ?? 0) : 0;
    const step = endStep({ ...current, remainingSeconds: 0 }, dose, timing, held);
    current = step.state;
    effects.push(...step.effects);
  }
  if (TIMED.includes(current.phase))
    current = { ...current, remainingSeconds: current.remainingSeconds - left };
  return { state: current, effects };
}

function stop(state: PlayerState, dose: PlayerDose): Transition {
  const partial = state.repsDoneInSet > 0;
  const doneSets = partial
    ? [
        ...state.doneSets,
        {
          reps: dose.reps === null ? null : state.repsDoneInSet,
          holdSeconds: dose.holdSeconds === null ? null : (state.shortestHoldInSet ?? dose.holdSeconds),
        },
      ]
    : state.doneSets;
  return askPain({ ...state, doneSets, repsDoneInSet: 0, shortestHoldInSet: null, stoppedEarly: true });
}

/** Applies one event; returns the new state and the sounds and words to play. */
export function transition(
  state: PlayerState,
  event: PlayerEvent,
  dose: PlayerDose,
  timing = DEFAULT_TIMING,
): Transition {
  const none = { state, effects: [] };
  switch (event.type) {
    case 'start':
      return state.phase === 'idle' ? startSet(state, timing) : none;
    case 'tick':
      return state.paused || event.seconds <= 0 ? none : tick(state, event.seconds, dose, timing);
    case 'pause':
      return TIMED.includes(state.phase) ? { state: { ...state, paused: true }, effects: [] } : none;
    case 'resume':
      return { state: { ...state, paused: false }, effects: [] };
    case 'next': {
      if (!TIMED.includes(state.phase)) return none;
      const held = state.phase === 'hold' ? (dose.holdSeconds ?? 0) - state.remainingSeconds : 0;
      return endStep({ ...state, paused: false }, dose, timing, Math.max(0, Math.round(held)));
    }
    case 'stop':
      return state.phase === 'pain' || state.phase === 'done' ? none : stop(state, dose);
    case 'counted':
      if (state.phase !== 'idle' || event.sets.length === 0) return none;
      return askPain({ ...state, doneSets: event.sets, stoppedEarly: event.sets.length < dose.sets });
    case 'pain': {
      if (state.phase !== 'pain') return none;
      const stoppedForToday = stopsForToday(event.painScore, event.rules);
      const done = { ...state, phase: 'done' as const, painScore: event.painScore, stoppedForToday };
      return { state: done, effects: [{ kind: 'say', cue: stoppedForToday ? 'stopped' : 'done' }] };
    }
  }
}

/** What the session log records for this exercise once the player is done. */
export function performedSets(
  state: PlayerState,
  dose: PlayerDose,
): { reps: number | null; holdSeconds: number | null; loadKg: number }[] {
  return state.doneSets.map((set) => ({ ...set, loadKg: dose.loadKg }));
}
