import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { DayPlan } from '../engine/plan.js';
import type { History } from '../history/history.js';

/** Why a day's exercise reminder is or is not sent (CLINICAL 7, nudges). */
export type ReminderDecision =
  | { send: true }
  | { send: false; reason: 'program-suspended' | 'program-ended' | 'no-session-due' | 'session-done' };

/** What the reminder needs of a day's plan: the program's status and whether a session is due. */
export interface ReminderDay {
  status: DayPlan['status'];
  sessionDue: boolean;
}

/** The reminder's view of a day's plan. */
export function reminderDayOf(plan: Pick<DayPlan, 'status' | 'exercises'>): ReminderDay {
  return { status: plan.status, sessionDue: plan.exercises.length > 0 };
}

/**
 * The daily reminder goes out only on a day with a session to do: never while the program is
 * suspended (a red flag or the therapist paused it), never after discharge, and not once the day's
 * session is logged.
 *
 * @example
 * reminderDecision({ status: 'suspended', sessionDue: false }, 0); // { send: false, reason: 'program-suspended' }
 */
export function reminderDecision(day: ReminderDay, sessionsLoggedToday: number): ReminderDecision {
  if (day.status === 'suspended') return { send: false, reason: 'program-suspended' };
  if (day.status === 'discharged') return { send: false, reason: 'program-ended' };
  if (!day.sessionDue) return { send: false, reason: 'no-session-due' };
  if (sessionsLoggedToday > 0) return { send: false, reason: 'session-done' };
  return { send: true };
}

/** What the weekly progress note may say: sessions done and the patient's own PSFS activity names. */
export interface WeeklyNoteFacts {
  sessionsDone: number;
  activities: string[];
}

/**
 * The facts of the weekly progress note for the seven days ending on `today`: how many sessions the
 * patient logged, and the activities they named in their latest PSFS (the note links the exercises to
 * what matters to them). No scores: the note carries no health data.
 */
export function weeklyNoteFacts(
  history: Pick<History, 'sessionLogs' | 'psfs'>,
  today: IsoDate,
): WeeklyNoteFacts {
  const from = addDays(today, -6);
  const sessionsDone = history.sessionLogs.filter((log) => log.date >= from && log.date <= today).length;
  const latest = history.psfs
    .filter((entry) => entry.date <= today)
    .reduce<History['psfs'][number] | null>(
      (found, entry) => (found && found.date >= entry.date ? found : entry),
      null,
    );
  return { sessionsDone, activities: latest ? latest.activities.map((activity) => activity.name) : [] };
}
