import { type ReminderDay, reminderDayOf, reminderDecision, weeklyNoteFacts } from '@minimus/core';
import type { Database } from '../db/database.js';
import type { Repositories } from '../repositories/repositories.js';
import { type DeliveryEnvironment, deliverBatch, type MessageJob } from './message-delivery.js';
import { type ReminderFacts, reminderFacts } from './reminder-facts.js';

/** A patient's reminder or weekly note for one local date, as queued by the tick. */
export interface PatientMessageJob {
  type: 'reminder' | 'weekly-note';
  patientId: string;
  localDate: string;
}

export const PATIENT_PATHS = {
  today: '/',
  progress: '/progress',
  settings: '/settings',
  messages: '/messages',
} as const;

type PatientRepos = Pick<Repositories, 'patients' | 'planner'>;

/** The day of a reminder: from the current attention row, or else planned from the history. */
async function reminderDay(facts: ReminderFacts, repos: PatientRepos): Promise<ReminderDay> {
  if (facts.day) return facts.day;
  const state = await repos.planner.state(facts.patientId);
  return reminderDayOf(repos.planner.plan(state, facts.localDate));
}

/** The message a reminder becomes if a session is still due that day (core decides), or null. */
async function reminderMessage(
  facts: ReminderFacts,
  repos: PatientRepos,
  env: DeliveryEnvironment,
): Promise<MessageJob | null> {
  const decision = reminderDecision(await reminderDay(facts, repos), facts.sessionsLogged);
  if (!decision.send) {
    env.logger.debug('reminder not sent', { reason: decision.reason });
    return null;
  }
  return {
    key: `reminder.${facts.patientId}.${facts.localDate}`,
    to: { userId: facts.userId },
    channels: 'push-then-email',
    content: { kind: 'reminder' },
    path: PATIENT_PATHS.today,
  };
}

async function weeklyNoteMessage(job: PatientMessageJob, repos: PatientRepos): Promise<MessageJob | null> {
  const patient = await repos.patients.find(job.patientId);
  if (!patient) return null;
  const state = await repos.planner.state(patient.id);
  const facts = weeklyNoteFacts(state.history, job.localDate);
  return {
    key: `weekly-note.${patient.id}.${job.localDate}`,
    to: { userId: patient.userId },
    channels: 'push-then-email',
    content: { kind: 'weekly-note', ...facts },
    path: PATIENT_PATHS.progress,
  };
}

/**
 * Sends a batch of queued reminders and weekly notes. A reminder goes out only if a session is still
 * due that day (core decides: not while suspended or after discharge, not once logged); the facts of
 * the whole batch are read in one statement, and the day is planned from the history only when the
 * patient's attention row cannot say. Either message goes by push first, by email when no push
 * reached the patient. Each job settles on its own, so one failed delivery is retried alone.
 */
export async function sendPatientMessages(
  jobs: readonly PatientMessageJob[],
  db: Database,
  repos: PatientRepos,
  env: DeliveryEnvironment,
): Promise<PromiseSettledResult<'sent' | 'nothing' | 'not-due'>[]> {
  const facts = await reminderFacts(
    db,
    jobs.filter((job) => job.type === 'reminder'),
  );
  const messages = await Promise.allSettled(
    jobs.map((job) => {
      if (job.type === 'weekly-note') return weeklyNoteMessage(job, repos);
      const known = facts.get(`${job.patientId}/${job.localDate}`);
      return known ? reminderMessage(known, repos, env) : Promise.resolve(null);
    }),
  );
  const outcomes = await deliverBatch(
    messages.map((result) => (result.status === 'fulfilled' ? result.value : null)),
    env,
  );
  return messages.map((result, index): PromiseSettledResult<'sent' | 'nothing' | 'not-due'> => {
    if (result.status === 'rejected') return result;
    if (!result.value) return { status: 'fulfilled', value: 'not-due' };
    return outcomes[index] ?? { status: 'rejected', reason: new Error('no delivery outcome') };
  });
}
