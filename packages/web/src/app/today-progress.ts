import type { DayPlan, ExerciseId, PainRules } from '@minimus/core';
import type { OutboxItem } from '../offline/outbox.js';
import { stopsForToday } from '../player/pain.js';

export interface ExerciseDayState {
  done: number;
  stopped: boolean;
}

interface LoggedExercise {
  exerciseId: ExerciseId;
  painScore: number;
}

function loggedExercises(item: OutboxItem): LoggedExercise[] {
  const exercises = item.body.exercises;
  return Array.isArray(exercises) ? (exercises as LoggedExercise[]) : [];
}

/**
 * Where each of today's exercises stands: the server's count plus the sessions still waiting on this phone,
 * so a session logged offline shows as done at once.
 */
export function exerciseDayStates(
  plan: DayPlan,
  outbox: readonly OutboxItem[],
  pain: Pick<PainRules, 'exerciseStopAbove'>,
): Map<ExerciseId, ExerciseDayState> {
  const states = new Map<ExerciseId, ExerciseDayState>();
  for (const exercise of plan.exercises)
    states.set(exercise.exerciseId, { done: exercise.doneToday, stopped: exercise.stoppedToday });
  const waiting = outbox.filter((item) => item.kind === 'session-logs' && item.body.date === plan.date);
  for (const item of waiting) {
    for (const logged of loggedExercises(item)) {
      const state = states.get(logged.exerciseId);
      if (!state) continue;
      state.done += 1;
      if (stopsForToday(logged.painScore, pain)) state.stopped = true;
    }
  }
  return states;
}

/** Today's exercises still to do, in plan order. */
export function exercisesLeft(
  plan: DayPlan,
  states: ReadonlyMap<ExerciseId, ExerciseDayState>,
): DayPlan['exercises'][number][] {
  if (plan.status !== 'active') return [];
  return plan.exercises.filter((exercise) => {
    const state = states.get(exercise.exerciseId);
    return state !== undefined && !state.stopped && state.done < exercise.prescription.timesPerDay;
  });
}
