import { reminderDecision, weeklyNoteFacts } from '@minimus/core';
import type { Repositories } from '../repositories/repositories.js';
import { type DeliveryEnvironment, deliverMessage } from './message-delivery.js';

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

/**
 * Sends a queued reminder if a session is still due that day (core decides: not while suspended or
 * after discharge, not once logged), or the weekly note with its facts. Either goes by push first,
 * by email when no push reached the patient.
 */
export async function sendPatientMessage(
  job: PatientMessageJob,
  repos: Pick<Repositories, 'patients' | 'planner'>,
  env: DeliveryEnvironment,
): Promise<'sent' | 'nothing' | 'not-due'> {
  const patient = await repos.patients.find(job.patientId);
  if (!patient) return 'nothing';
  const state = await repos.planner.state(patient.id);
  const base = { to: { userId: patient.userId }, channels: 'push-then-email' as const };
  if (job.type === 'reminder') {
    const plan = repos.planner.plan(state, job.localDate);
    const logged = state.history.sessionLogs.filter((log) => log.date === job.localDate).length;
    const decision = reminderDecision(plan, logged);
    if (!decision.send) {
      env.logger.debug('reminder not sent', { reason: decision.reason });
      return 'not-due';
    }
    return deliverMessage(
      {
        ...base,
        key: `reminder.${patient.id}.${job.localDate}`,
        content: { kind: 'reminder' },
        path: PATIENT_PATHS.today,
      },
      env,
    );
  }
  const facts = weeklyNoteFacts(state.history, job.localDate);
  return deliverMessage(
    {
      ...base,
      key: `weekly-note.${patient.id}.${job.localDate}`,
      content: { kind: 'weekly-note', ...facts },
      path: PATIENT_PATHS.progress,
    },
    env,
  );
}
