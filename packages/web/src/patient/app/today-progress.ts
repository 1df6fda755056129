import {
  exerciseDayStates as countWithPendingSessions,
  type DayPlan,
  dueWithPending,
  type ExerciseDayState,
  type LoggedSession,
  type PainRules,
  type PendingAnswer,
  type ScreensDue,
} from '@minimus/core';
import type { OutboxKind } from '../api.js';
import type { OutboxItem } from '../offline/outbox.js';

export { exercisesLeft, plannedKey } from '@minimus/core';

/** The session logs still waiting on this phone, as the engine reads a session: its date and pain. */
function pendingSessions(outbox: readonly OutboxItem[]): LoggedSession[] {
  return outbox.flatMap((item) => {
    const { date, exercises } = item.body;
    if (item.kind !== 'session-logs' || date === undefined) return [];
    return [{ date, exercises: Array.isArray(exercises) ? (exercises as LoggedSession['exercises']) : [] }];
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
): Map<string, ExerciseDayState> {
  return countWithPendingSessions(plan, pendingSessions(outbox), pain);
}

/** Which questionnaire each outbox kind answers (session logs answer none). */
const ANSWERS: Partial<Record<OutboxKind, PendingAnswer['kind']>> = {
  'check-ins': 'checkIn',
  'screens/red-flag': 'redFlagScreen',
  'screens/tendinopathy': 'tendinopathyScreen',
  'screens/falls': 'fallsScreen',
  'screens/maintenance-check-in': 'maintenanceCheckIn',
  psfs: 'psfs',
};

/** What is still due today once the answers waiting on this phone are counted (the engine's rule). */
export function dueToday(plan: DayPlan, outbox: readonly OutboxItem[]): ScreensDue {
  const pending = outbox.flatMap((item) => {
    const kind = ANSWERS[item.kind];
    const { date } = item.body;
    return kind && date !== undefined ? [{ kind, date }] : [];
  });
  return dueWithPending(plan, pending);
}
