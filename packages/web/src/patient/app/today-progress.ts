import {
  exerciseDayStates as countWithPendingSessions,
  type DayPlan,
  type ExerciseDayState,
  type ExerciseId,
  type LoggedSession,
  type PainRules,
} from '@minimus/core';
import type { OutboxItem } from '../offline/outbox.js';

export { exercisesLeft } from '@minimus/core';

/** The session logs still waiting on this phone, as the engine reads a session: its date and pain. */
function pendingSessions(outbox: readonly OutboxItem[]): LoggedSession[] {
  return outbox
    .filter((item) => item.kind === 'session-logs')
    .map((item) => {
      const exercises = item.body.exercises;
      return {
        date: item.body.date,
        exercises: Array.isArray(exercises) ? (exercises as LoggedSession['exercises']) : [],
      };
    });
}

/**
 * Where each of today's exercises stands: the server's count plus the sessions still waiting on this
 * phone, counted by the engine's rule, so a session logged offline shows as done at once.
 */
export function exerciseDayStates(
  plan: DayPlan,
  outbox: readonly OutboxItem[],
  pain: Pick<PainRules, 'exerciseStopAbove'>,
): Map<ExerciseId, ExerciseDayState> {
  return countWithPendingSessions(plan, pendingSessions(outbox), pain);
}
