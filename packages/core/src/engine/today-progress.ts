import type { IsoDate } from '../calendar/calendar.js';
import { stopsForToday } from '../pain/pain-guide.js';
import type { Side } from '../program/program.js';
import type { PainRules } from '../protocol/protocol.js';
import type { ExerciseId } from '../protocol/types.js';
import type { DayPlan, PlannedExercise, ScreensDue } from './plan.js';
import { loggedOnSide } from './sides.js';

/** What the day's count needs of a logged session: its date and each exercise's pain. */
export interface LoggedSession {
  date: IsoDate;
  exercises: readonly { exerciseId: ExerciseId; painScore: number; side?: Side | 'both' | undefined }[];
}

/** Sessions of an exercise logged on a day, and whether pain above the stop line stopped it. */
export interface ExerciseDayState {
  done: number;
  stopped: boolean;
}

/**
 * Counts one exercise's sessions in a day's logs (on one leg, for a both-sides program): each logged
 * session counts once, and pain above the stop line stops it for the rest of the day. The engine counts the stored logs with it; a phone adds
 * the logs still waiting to be sent.
 */
export function tallyExercise(
  start: ExerciseDayState,
  sessions: readonly LoggedSession[],
  exerciseId: ExerciseId,
  pain: Pick<PainRules, 'exerciseStopAbove'>,
  side: Side | 'both' = 'both',
): ExerciseDayState {
  let { done, stopped } = start;
  for (const session of sessions) {
    for (const logged of session.exercises) {
      if (logged.exerciseId !== exerciseId || !loggedOnSide(logged, side)) continue;
      done += 1;
      if (stopsForToday(logged.painScore, pain)) stopped = true;
    }
  }
  return { done, stopped };
}

/**
 * Where each of the plan's exercises stands once logs not yet on the server are counted too: the plan's
 * own count plus the pending sessions of the plan's date, so a session logged offline shows as done at once.
 *
 * @example
 * exerciseDayStates(plan, [{ date: plan.date, exercises: [{ exerciseId: 'hip-hitch', painScore: 6 }] }], protocol.pain);
 */
export function exerciseDayStates(
  plan: Pick<DayPlan, 'date' | 'exercises'>,
  pendingSessions: readonly LoggedSession[],
  pain: Pick<PainRules, 'exerciseStopAbove'>,
): Map<string, ExerciseDayState> {
  const sameDay = pendingSessions.filter((session) => session.date === plan.date);
  const states = new Map<string, ExerciseDayState>();
  for (const exercise of plan.exercises) {
    const start = { done: exercise.doneToday, stopped: exercise.stoppedToday };
    const state = tallyExercise(start, sameDay, exercise.exerciseId, pain, exercise.side);
    states.set(plannedKey(exercise), state);
  }
  return states;
}

/**
 * What tells one planned exercise from another in a day: its id, and the leg when a both-sides program
 * prescribes it once for each.
 *
 * @example
 * plannedKey({ exerciseId: 'sidelying-abduction', side: 'left' }); // 'sidelying-abduction:left'
 */
export function plannedKey(exercise: Pick<PlannedExercise, 'exerciseId' | 'side'>): string {
  return `${exercise.exerciseId}:${exercise.side}`;
}

/**
 * The plan's exercises still to do today, in plan order: none on a paused or ended program, and none
 * that pain stopped or that has had its sessions for the day.
 */
export function exercisesLeft(
  plan: Pick<DayPlan, 'status' | 'exercises'>,
  states: ReadonlyMap<string, ExerciseDayState>,
): PlannedExercise[] {
  if (plan.status !== 'active') return [];
  return plan.exercises.filter((exercise) => {
    const state = states.get(plannedKey(exercise));
    return state !== undefined && !state.stopped && state.done < exercise.prescription.timesPerDay;
  });
}

/** A questionnaire answered on the phone and not yet on the server: which one, and the day it is for. */
export interface PendingAnswer {
  kind: keyof ScreensDue;
  date: IsoDate;
}

/**
 * What is still due on the plan's day once answers waiting on the phone are counted: an answer of that
 * day, queued while offline, is as good as stored, so the patient is not asked it again.
 *
 * @example
 * dueWithPending(plan, [{ kind: 'checkIn', date: plan.date }]).checkIn // false
 */
export function dueWithPending(
  plan: Pick<DayPlan, 'date' | 'due'>,
  pending: readonly PendingAnswer[],
): ScreensDue {
  const answered = new Set(
    pending.filter((answer) => answer.date === plan.date).map((answer) => answer.kind),
  );
  const due = { ...plan.due };
  for (const kind of answered) due[kind] = false;
  return due;
}
