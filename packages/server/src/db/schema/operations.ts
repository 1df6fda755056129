import type { AlertKind, AlertSeverity, Text } from '@minimus/core';
import { boolean, date, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { patient } from './clinic.js';

/** Alerts the engine raised, one row per patient and alert key; acknowledging keeps the row. */
export const alert = pgTable(
  'alert',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    key: text('key').notNull(),
    kind: text('kind').$type<AlertKind>().notNull(),
    severity: text('severity').$type<AlertSeverity>().notNull(),
    date: date('date').notNull(),
    exerciseId: text('exercise_id'),
    ruleId: text('rule_id').notNull(),
    message: jsonb('message').$type<Text>().notNull(),
    physicianMessage: jsonb('physician_message').$type<Text | null>(),
    therapistMessage: jsonb('therapist_message').$type<Text>().notNull(),
    notifyTherapist: boolean('notify_therapist').notNull(),
    status: text('status', { enum: ['open', 'acknowledged'] })
      .notNull()
      .default('open'),
    acknowledgedBy: text('acknowledged_by').references(() => user.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique('alert_patient_key').on(table.patientId, table.key),
    index('alert_status_idx').on(table.status),
  ],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: text('actor_id'),
    actorRole: text('actor_role'),
    clinicId: text('clinic_id'),
    action: text('action').notNull(),
    patientId: uuid('patient_id'),
    outcome: text('outcome', { enum: ['allowed', 'denied', 'failed'] }).notNull(),
    requestId: text('request_id'),
  },
  (table) => [index('audit_event_clinic_at_idx').on(table.clinicId, table.at)],
);

/** Failed sign-ins by account and by address, kept in the database so every instance sees them. */
export const signInAttempt = pgTable(
  'sign_in_attempt',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    address: text('address').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('sign_in_attempt_email_idx').on(table.email, table.at),
    index('sign_in_attempt_address_idx').on(table.address, table.at),
  ],
);

/** Settings the instances share, such as the generated session-signing secret. */
export const serverSetting = pgTable('server_setting', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
