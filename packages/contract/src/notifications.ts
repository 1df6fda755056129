import { LOCALES } from '@minimus/core';
import { z } from 'zod';
import { timestamp } from './common.js';
import { MIN_PASSWORD_LENGTH } from './limits.js';

/** Reminders, alerts, digests and account mail: what a person wants sent, and how the server reaches them. */

const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM')
  .meta({ description: 'Local wall-clock time, HH:MM' });

const timeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Madrid');

export const channelStatusView = z
  .object({
    email: z.boolean().meta({ description: 'Email goes out (SMTP is configured)' }),
    push: z.boolean().meta({ description: 'Web Push goes out' }),
    pushPublicKey: z
      .string()
      .nullable()
      .meta({ description: "The server's VAPID public key, to subscribe with" }),
  })
  .meta({ id: 'ChannelStatus' });

export const notificationPreferenceInput = z.strictObject({
  reminderTime: localTime.nullable().meta({ description: 'Daily exercise reminder; null is off' }),
  reminderPromptAnswered: z.boolean(),
  digestHour: z
    .number()
    .int()
    .min(0)
    .max(23)
    .meta({ description: "Therapists: the daily digest's local hour" }),
  timeZone: timeZone.meta({ description: "Therapists: the digest hour's zone (patients use their own)" }),
  weeklyNote: z.boolean().meta({ description: 'Patients: a weekly progress note' }),
  emailEnabled: z.boolean(),
  pushEnabled: z.boolean(),
});

export const notificationPreferenceView = notificationPreferenceInput
  .extend({ channels: channelStatusView, pushSubscriptions: z.number().int() })
  .meta({ id: 'NotificationPreference' });

export const pushSubscriptionInput = z.strictObject({
  endpoint: z.url({ protocol: /^https?$/ }).max(2000),
  keys: z.strictObject({ p256dh: z.string().min(20).max(200), auth: z.string().min(8).max(100) }),
});
export const pushEndpointInput = z.strictObject({ endpoint: z.string().min(1).max(2000) });

export const deliveryView = z
  .object({
    kind: z.string(),
    channel: z.enum(['email', 'push']),
    status: z.enum(['sending', 'sent', 'failed']),
    detail: z.string().nullable().meta({ description: "A failure's transport error; never the message" }),
    at: timestamp,
  })
  .meta({ id: 'Delivery' });

export const notificationStatusView = z
  .object({ channels: channelStatusView, recent: z.array(deliveryView) })
  .meta({ id: 'NotificationStatus' });

export const passwordResetRequestInput = z.strictObject({
  email: z.email().max(320),
  locale: z.enum(LOCALES).optional(),
});
export const passwordResetRequestView = z
  .object({
    emailOn: z.boolean().meta({
      description: 'Whether reset links can be emailed at all; the same for known and unknown addresses',
    }),
  })
  .meta({ id: 'PasswordResetRequest' });
export const passwordResetInput = z.strictObject({ password: z.string().min(MIN_PASSWORD_LENGTH).max(256) });
export const passwordResetView = z
  .object({ role: z.enum(['admin', 'therapist', 'patient']) })
  .meta({ id: 'PasswordReset' });

export const inviteByEmailInput = z.strictObject({
  sendEmail: z.boolean().meta({ description: 'Also email the link to the account address' }),
});

export type ChannelStatus = z.infer<typeof channelStatusView>;
export type NotificationPreference = z.infer<typeof notificationPreferenceView>;
export type NotificationPreferenceInput = z.infer<typeof notificationPreferenceInput>;
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;
export type NotificationStatus = z.infer<typeof notificationStatusView>;
export type PasswordResetRequest = z.infer<typeof passwordResetRequestView>;
