import { LOCALES } from '@minimus/core';
import { z } from 'zod';
import { timestamp } from './common.js';
import { MIN_PASSWORD_LENGTH } from './limits.js';

/** Accounts: who is signed in, therapists, invitations and the second factor. */
export const roleSchema = z.enum(['admin', 'therapist', 'patient']);

export const meView = z
  .object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), role: roleSchema }),
    clinicId: z.string(),
    patientId: z.string().nullable(),
    locale: z.string(),
  })
  .meta({ id: 'Me' });

export const invitationLinkView = z
  .object({
    url: z.string(),
    expiresAt: timestamp,
    qrSvg: z.string(),
    emailed: z.boolean().meta({ description: 'The link was also queued to go by email' }),
  })
  .meta({ id: 'InvitationLink' });

export const therapistView = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    active: z.boolean(),
    /** `invited`: has not set a password through the invitation yet; `inactive`: deactivated by the admin. */
    status: z.enum(['invited', 'active', 'inactive']),
    invitation: invitationLinkView.optional(),
  })
  .meta({ id: 'Therapist' });

export const therapistInput = z.strictObject({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  sendEmail: z.boolean().optional().meta({ description: 'Also email the invitation link' }),
});
export const therapistIdParam = z.object({ therapistId: z.string().min(1).max(64) });
export const therapistUpdateInput = z.strictObject({ active: z.boolean() });

export const invitationStatusView = z
  .object({
    valid: z.boolean(),
    /** The invited person's name, and what they are invited as: a patient, or staff of the clinic. */
    name: z.string(),
    role: roleSchema,
    clinicName: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationStatus' });

export const tokenParam = z.object({ token: z.string().min(20).max(100) });
export const acceptInvitationInput = z.strictObject({
  password: z.string().min(MIN_PASSWORD_LENGTH).max(256),
  locale: z.enum(LOCALES).optional(),
});
export const acceptedInvitationView = z.object({ patientId: z.string().nullable() });

/** First-run setup: a new installation has no account yet, and its first visitor creates the clinic. */
export const setupStatusView = z
  .object({ needed: z.boolean().meta({ description: 'True until the first account exists' }) })
  .meta({ id: 'SetupStatus' });
export const setupInput = z.strictObject({
  clinicName: z.string().trim().min(1).max(200),
  adminName: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(256),
  locale: z.enum(LOCALES).optional(),
});

export const twoFactorStatusView = z.object({ enabled: z.boolean() }).meta({ id: 'TwoFactorStatus' });
export const twoFactorInput = z.strictObject({ password: z.string().min(1).max(256) });
export const twoFactorEnrolmentView = z
  .object({
    totpUri: z.string().meta({ description: 'The otpauth:// URI an authenticator app reads' }),
    secret: z.string().meta({ description: 'The same secret as text, for typing in by hand' }),
    qrSvg: z.string().meta({ description: 'The URI as a QR code (SVG)' }),
    backupCodes: z.array(z.string()),
  })
  .meta({ id: 'TwoFactorEnrolment' });

export type Me = z.infer<typeof meView>;
export type InvitationLink = z.infer<typeof invitationLinkView>;
export type Therapist = z.infer<typeof therapistView>;
export type TherapistInput = z.infer<typeof therapistInput>;
export type InvitationStatus = z.infer<typeof invitationStatusView>;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;
export type AcceptedInvitation = z.infer<typeof acceptedInvitationView>;
export type SetupStatus = z.infer<typeof setupStatusView>;
export type SetupInput = z.infer<typeof setupInput>;
export type TwoFactorStatus = z.infer<typeof twoFactorStatusView>;
export type TwoFactorEnrolment = z.infer<typeof twoFactorEnrolmentView>;
