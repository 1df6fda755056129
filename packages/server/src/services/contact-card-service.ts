import type { ContactCardInput, ContactCardView } from '@minimus/contract';
import { AppError } from '../http/app-error.js';
import { withRole } from './patient-access.js';
import type { UseCaseContext } from './request-context.js';

/** A therapist of the admin's own clinic, or "not found" (ids of other clinics cannot be probed). */
async function clinicTherapist(context: UseCaseContext, therapistId: string) {
  const therapist = await context.repos.accounts.findUser(therapistId);
  if (therapist?.role !== 'therapist' || therapist.clinicId !== context.actor.clinicId) {
    throw new AppError('not_found', 'No such therapist');
  }
  return therapist;
}

/** The card the admin set for a therapist, or null. */
export function readTherapistCard(
  context: UseCaseContext,
  therapistId: string,
): Promise<ContactCardView | null> {
  return withRole(context, 'contact-card.read', ['admin'], async () => {
    await clinicTherapist(context, therapistId);
    const card = await context.repos.messages.contactCard(therapistId);
    return card ? { therapistName: card.therapistName, phone: card.phone, hours: card.hours } : null;
  });
}

/** The admin sets the name, clinic phone and hours a therapist's patients see. */
export function saveTherapistCard(
  context: UseCaseContext,
  therapistId: string,
  input: ContactCardInput,
): Promise<ContactCardView> {
  return withRole(context, 'contact-card.write', ['admin'], async () => {
    await clinicTherapist(context, therapistId);
    await context.repos.messages.saveContactCard({ therapistId, ...input }, context.actor.userId);
    return { ...input };
  });
}
