import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { alert, therapistNotification } from '../db/schema/index.js';
import type { MessageJob } from './message-delivery.js';
import { PATIENT_PATHS } from './patient-messages.js';
import type { DueDigest } from './scheduled-messages.js';

export const CLINIC_PATHS = {
  patients: '/clinic',
  patient: (id: string) => `/clinic/patients/${id}`,
} as const;

/**
 * The message for one immediate therapist notification (a safety answer or an urgent alert): push
 * and email at once, with a link to the patient's page and no word of what the alert says.
 */
export async function alertMessage(db: Database, notificationId: string): Promise<MessageJob | null> {
  const [row] = await db
    .select({ therapistId: therapistNotification.therapistId, patientId: alert.patientId })
    .from(therapistNotification)
    .innerJoin(alert, eq(alert.id, therapistNotification.alertId))
    .where(eq(therapistNotification.id, notificationId));
  if (!row) return null;
  return {
    key: `therapist-alert.${notificationId}`,
    content: { kind: 'therapist-alert' },
    path: CLINIC_PATHS.patient(row.patientId),
    to: { userId: row.therapistId },
    channels: 'push-and-email',
  };
}

/** One digest a day per therapist, covering every alert that waited for it. */
export function digestMessage(digest: DueDigest): MessageJob {
  return {
    key: `therapist-digest.${digest.therapistId}.${digest.localDate}`,
    content: { kind: 'therapist-digest', patientCount: digest.patientCount },
    path: CLINIC_PATHS.patients,
    to: { userId: digest.therapistId },
    channels: 'push-and-email',
  };
}

/** The notice of a new message to the other side of a thread: no word of what it says. */
export function newMessageNotice(
  messageId: string,
  from: 'patient' | 'therapist',
  to: { userId: string },
  patientId: string,
): MessageJob {
  return {
    key: `new-message.${messageId}`,
    content: { kind: 'new-message', from },
    path: from === 'patient' ? CLINIC_PATHS.patient(patientId) : PATIENT_PATHS.messages,
    to,
    channels: 'push-then-email',
  };
}
