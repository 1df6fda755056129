import type { Program } from '@minimus/core';
import { bigint, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';

export const clinic = pgTable('clinic', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const patient = pgTable(
  'patient',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clinicId: text('clinic_id')
      .notNull()
      .references(() => clinic.id),
    userId: text('user_id')
      .notNull()
      .unique()
      .references(() => user.id),
    therapistId: text('therapist_id')
      .notNull()
      .references(() => user.id),
    name: text('name').notNull(),
    timeZone: text('time_zone').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Raised by a trigger (migration 0002) whenever anything the engine reads about this patient
     * changes: a log, a check-in, a screen, a PSFS entry, a strength test, an outcome score or a
     * program version. A cached plan is good while this number is unchanged (ADR 0005).
     */
    dataVersion: bigint('data_version', { mode: 'number' }).notNull().default(0),
    /**
     * Raised by a trigger (migration 0004) whenever one of the patient's alerts is stored, changed or
     * acknowledged, so the attention snapshot can tell it is out of date (ADR 0006).
     */
    alertsVersion: bigint('alerts_version', { mode: 'number' }).notNull().default(0),
  },
  (table) => [index('patient_clinic_idx').on(table.clinicId)],
);

/** Every program change is a new row: the latest version is the program in force. */
export const programVersion = pgTable(
  'program_version',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    version: integer('version').notNull(),
    program: jsonb('program').$type<Program>().notNull(),
    kind: text('kind').notNull(),
    reason: text('reason').notNull(),
    /** Null for a change the system made (a protocol upgrade, migration 0008); its name is kept. */
    authorId: text('author_id').references(() => user.id),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('program_version_patient_version_key').on(table.patientId, table.version)],
);

/** One-time links: only the SHA-256 of the token is stored, so a database copy opens no account. */
export const invitation = pgTable('invitation', {
  id: uuid('id').primaryKey().defaultRandom(),
  tokenHash: text('token_hash').notNull().unique(),
  userId: text('user_id')
    .notNull()
    .references(() => user.id),
  clinicId: text('clinic_id')
    .notNull()
    .references(() => clinic.id),
  createdBy: text('created_by')
    .notNull()
    .references(() => user.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const calendarFeed = pgTable('calendar_feed', {
  patientId: uuid('patient_id')
    .primaryKey()
    .references(() => patient.id),
  secretHash: text('secret_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
