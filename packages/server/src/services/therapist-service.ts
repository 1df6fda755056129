import type { Therapist } from '@minimus/contract';
import { AppError } from '../http/app-error.js';
import { EmailTakenError } from '../repositories/account-repository.js';
import { issueInvitation, requireEmailIfAsked } from './invitation-service.js';
import { withRole } from './patient-access.js';
import type { UseCaseContext } from './request-context.js';

/** The admin adds a therapist to the clinic; the therapist sets a password through the link. */
export function inviteTherapist(
  context: UseCaseContext,
  input: { email: string; name: string; sendEmail?: boolean | undefined },
): Promise<Therapist> {
  return withRole(context, 'therapist.invite', ['admin'], async () => {
    requireEmailIfAsked(context, input.sendEmail === true);
    const account = await context.repos.accounts
      .createUser({
        email: input.email,
        name: input.name,
        role: 'therapist',
        clinicId: context.actor.clinicId,
      })
      .catch((error: unknown) => {
        if (error instanceof EmailTakenError)
          throw new AppError('conflict', 'An account with this email exists already');
        throw error;
      });
    const invitation = await issueInvitation(
      context,
      { userId: account.id, clinicId: account.clinicId, role: 'therapist' },
      { sendEmail: input.sendEmail === true },
    );
    return { ...presentTherapist(account, true), invitation };
  });
}

/** A therapist as the admin sees them: deactivated, invited (no password set yet) or active. */
function presentTherapist(
  account: { id: string; name: string; email: string; active: boolean },
  invited: boolean,
): Therapist {
  const status = !account.active ? 'inactive' : invited ? 'invited' : 'active';
  return { id: account.id, name: account.name, email: account.email, active: account.active, status };
}

/** The clinic's therapists, active or not, for its admin. */
export function listTherapists(context: UseCaseContext): Promise<Therapist[]> {
  return withRole(context, 'therapist.list', ['admin'], async () => {
    const accounts = await context.repos.accounts.listStaff(context.actor.clinicId, 'therapist');
    const invited = await context.repos.accounts.withoutPassword(accounts.map((account) => account.id));
    return accounts.map((account) => presentTherapist(account, invited.has(account.id)));
  });
}

/** Deactivating ends the therapist's sessions at once; reactivating lets them sign in again. */
export function setTherapistActive(
  context: UseCaseContext,
  therapistId: string,
  active: boolean,
): Promise<Therapist> {
  return withRole(context, 'therapist.update', ['admin'], async () => {
    const account = await context.repos.accounts.findUser(therapistId);
    if (!account || account.clinicId !== context.actor.clinicId || account.role !== 'therapist') {
      throw new AppError('not_found', 'No such therapist in this clinic');
    }
    await context.repos.accounts.setActive(account.id, active);
    const invited = (await context.repos.accounts.withoutPassword([account.id])).has(account.id);
    return presentTherapist({ ...account, active }, invited);
  });
}
