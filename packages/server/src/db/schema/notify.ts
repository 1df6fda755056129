import { boolean, index, pgTable, smallint, text, time, timestamp, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { alert } from './operations.js';

/** What a person wants to be sent; no row means the defaults (no reminder, digest at 08:00, both channels). */
export const notificationPreference = pgTable('notification_preference', {
  userId: text('user_id')
    .primaryKey()
    .references(() => user.id, { onDelete: 'cascade' }),
  /** Local wall-clock time of the daily exercise reminder; null is off. */
  reminderTime: time('reminder_time'),
  /** The patient answered the prompt to turn reminders on (either way), so it is not shown again. */
  reminderPromptAnswered: boolean('reminder_prompt_answered').notNull().default(false),
  /** Local hour (0-23) of a therapist's daily digest of alerts that need no immediate call. */
  digestHour: smallint('digest_hour').notNull().default(8),
  /** The zone a therapist's digest hour is read in (patients' reminders use the patient's zone). */
  timeZone: text('time_zone').notNull().default('UTC'),
  weeklyNote: boolean('weekly_note').notNull().default(false),
  emailEnabled: boolean('email_enabled').notNull().default(true),
  pushEnabled: boolean('push_enabled').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A browser's Web Push subscription; deleted when the push service reports it gone. */
export const pushSubscription = pgTable(
  'push_subscription',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull().unique(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('push_subscription_user_idx').on(table.userId)],
);

/**
 * The therapist's notification of an alert, written by a trigger on `alert` (migration 0010) in the
 * transaction that stores the alert, so "your therapist has been told" is true the moment it is shown.
 * `immediate` ones are sent at once; `digest` ones wait for the therapist's daily digest.
 */
export const therapistNotification = pgTable(
  'therapist_notification',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    alertId: uuid('alert_id')
      .notNull()
      .unique()
      .references(() => alert.id),
    therapistId: text('therapist_id')
      .notNull()
      .references(() => user.id),
    urgency: text('urgency', { enum: ['immediate', 'digest'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the message jobs for it were queued; null while waiting for the dispatcher or the digest. */
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }),
  },
  (table) => [index('therapist_notification_pending_idx').on(table.dispatchedAt, table.urgency)],
);

/** One row per message and channel tried: what kind, to whom, whether it went (never its content). */
export const delivery = pgTable(
  'delivery',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The message's identity: a retried or duplicated job finds its earlier row here. */
    key: text('key').notNull().unique(),
    kind: text('kind').notNull(),
    channel: text('channel', { enum: ['email', 'push'] }).notNull(),
    userId: text('user_id'),
    status: text('status', { enum: ['sending', 'sent', 'failed'] }).notNull(),
    /** For a failure, the transport's error (an SMTP reply code or a push status), never the message. */
    detail: text('detail'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('delivery_at_idx').on(table.at)],
);

/** One-time password-reset links: only the SHA-256 of the token is stored. */
export const passwordReset = pgTable('password_reset', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  userId: text('user_id')
    .notNull()
    .references(() => user.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
