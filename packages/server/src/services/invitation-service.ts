import type { InvitationLink, InvitationStatus } from '@minimus/contract';
import QRCode from 'qrcode';
import { hashPassword } from '../auth/passwords.js';
import { AppError } from '../http/app-error.js';
import type { Repositories } from '../repositories/repositories.js';
import { withPatient } from './patient-access.js';
import type { UseCaseContext } from './request-context.js';
import { hashToken, newSecretToken } from './secret-token.js';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether to email the link; asking where the server sends no email is refused, and callers ask this
 * before they store anything, so a refused request changes nothing.
 */
export function requireEmailIfAsked(context: UseCaseContext, sendEmail: boolean): boolean {
  if (!sendEmail) return false;
  if (context.mailbox?.emailOn !== true)
    throw new AppError('validation_failed', 'Email is not set up on this server', [
      { path: 'sendEmail', message: 'email is off: the server has no SMTP settings' },
    ]);
  return true;
}

/** Makes a one-time link for an account (shown also as a QR code to scan from the clinic's screen). */
export async function issueInvitation(
  context: UseCaseContext,
  account: { userId: string; clinicId: string; role: 'patient' | 'therapist' },
  options: { sendEmail: boolean } = { sendEmail: false },
): Promise<InvitationLink> {
  const emailed = requireEmailIfAsked(context, options.sendEmail);
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
  await context.repos.invitations.create({
    tokenHash: hashToken(token),
    userId: account.userId,
    clinicId: account.clinicId,
    createdBy: context.actor.userId,
    expiresAt,
  });
  const path = `/invite/${token}`;
  const url = `${context.publicUrl}${path}`;
  const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  if (emailed) {
    await context.mailbox?.queueMessage({
      key: `invitation.${hashToken(token).slice(0, 32)}`,
      content: { kind: 'invitation', role: account.role },
      path,
      to: { userId: account.userId },
      channels: 'email',
    });
  }
  return { url, expiresAt: expiresAt.toISOString(), qrSvg, emailed };
}

export function invitePatient(
  context: UseCaseContext,
  patientId: string,
  options: { sendEmail: boolean } = { sendEmail: false },
): Promise<InvitationLink> {
  return withPatient(context, patientId, 'invitation.create', ['therapist'], (patient) =>
    issueInvitation(
      context,
      { userId: patient.userId, clinicId: patient.clinicId, role: 'patient' },
      options,
    ),
  );
}

/** What the invitation page shows before the patient chooses a password. */
export async function describeInvitation(repos: Repositories, token: string): Promise<InvitationStatus> {
  const found = await repos.invitations.findByHash(hashToken(token));
  if (!found) throw new AppError('not_found', 'This invitation link is not valid');
  const [account, clinic] = await Promise.all([
    repos.accounts.findUser(found.userId),
    repos.accounts.findClinic(found.clinicId),
  ]);
  return {
    valid: found.usedAt === null && found.expiresAt.getTime() > Date.now() && account?.active === true,
    name: account?.name ?? '',
    role: account?.role ?? 'patient',
    clinicName: clinic?.name ?? '',
    expiresAt: found.expiresAt.toISOString(),
  };
}

/**
 * Uses up an invitation and sets the account's password. Returns the account's email so the caller
 * can sign it in; a used, expired or unknown link is refused and changes nothing.
 */
export async function acceptInvitation(
  repos: Repositories,
  token: string,
  input: { password: string; locale?: string | undefined },
): Promise<{ userId: string; email: string; patientId: string | null }> {
  const used = await repos.invitations.consume(hashToken(token), new Date());
  if (!used)
    throw new AppError('gone', 'This invitation link was used already or has expired; ask for a new one');
  const account = await repos.accounts.findUser(used.userId);
  if (!account?.active) throw new AppError('gone', 'This account is no longer active');
  await repos.accounts.setPassword(account.id, await hashPassword(input.password));
  if (input.locale) await repos.accounts.setLocale(account.id, input.locale);
  await repos.audit.record({
    actorId: account.id,
    actorRole: account.role,
    clinicId: account.clinicId,
    action: 'invitation.accept',
    patientId: null,
    outcome: 'allowed',
    requestId: null,
  });
  const patient = account.role === 'patient' ? await repos.patients.findByUser(account.id) : null;
  return { userId: account.id, email: account.email, patientId: patient?.id ?? null };
}
