import type { CalendarFeed, CalendarFeedStatus } from '@minimus/contract';
import { withPatient } from './patient-access.js';
import type { UseCaseContext } from './request-context.js';
import { hashToken, newSecretToken } from './secret-token.js';

/** A new secret feed URL for the patient's phone calendar; the previous one stops working. */
export function createCalendarFeed(context: UseCaseContext, patientId: string): Promise<CalendarFeed> {
  return withPatient(
    context,
    patientId,
    'calendar-feed.create',
    ['patient', 'therapist'],
    async (patient) => {
      const secret = newSecretToken();
      await context.repos.invitations.setCalendarFeed(patient.id, hashToken(secret));
      return { url: `${context.publicUrl}/calendar/${secret}.ics` };
    },
  );
}

export function revokeCalendarFeed(context: UseCaseContext, patientId: string): Promise<void> {
  return withPatient(context, patientId, 'calendar-feed.revoke', ['patient', 'therapist'], (patient) =>
    context.repos.invitations.revokeCalendarFeed(patient.id),
  );
}

/** Whether the patient has a working feed link; the link itself is stored only as a hash, never shown again. */
export function calendarFeedStatus(context: UseCaseContext, patientId: string): Promise<CalendarFeedStatus> {
  return withPatient(context, patientId, 'calendar-feed.read', ['patient', 'therapist'], async (patient) => {
    const createdAt = await context.repos.invitations.calendarFeedCreatedAt(patient.id);
    return { active: createdAt !== null, createdAt: createdAt?.toISOString() ?? null };
  });
}
