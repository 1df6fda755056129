import type { ExerciseLog, PhaseStamp, PsfsActivity } from '@minimus/core';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { patient } from './clinic.js';

const patientId = () =>
  uuid('patient_id')
    .notNull()
    .references(() => patient.id);
/**
 * When the row was stored, read at the insert rather than at the transaction's start: a device write
 * holds its patient's lock by then (ADR 0008), so one patient's rows of a day sort in the order stored.
 */
const createdAt = () =>
  timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`);

/** Device writes are unique per patient and client id, so a replayed write finds the stored row. */
export const sessionLog = pgTable(
  'session_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: patientId(),
    clientId: uuid('client_id').notNull(),
    date: date('date').notNull(),
    stamp: jsonb('stamp').$type<PhaseStamp>().notNull(),
    baselinePain: integer('baseline_pain').notNull(),
    exercises: jsonb('exercises').$type<ExerciseLog[]>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    unique('session_log_client_key').on(table.patientId, table.clientId),
    index('session_log_patient_date_idx').on(table.patientId, table.date),
  ],
);

export const checkIn = pgTable(
  'check_in',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: patientId(),
    clientId: uuid('client_id').notNull(),
    date: date('date').notNull(),
    nextMorningPain: integer('next_morning_pain'),
    worstPain24h: integer('worst_pain_24h'),
    walkingPain: integer('walking_pain'),
    createdAt: createdAt(),
  },
  (table) => [
    unique('check_in_client_key').on(table.patientId, table.clientId),
    index('check_in_patient_date_idx').on(table.patientId, table.date),
  ],
);

export const screen = pgTable(
  'screen',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: patientId(),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: ['red-flag', 'tendinopathy', 'falls', 'maintenance-check-in'] }).notNull(),
    date: date('date').notNull(),
    answers: jsonb('answers').$type<Record<string, boolean>>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    unique('screen_client_key').on(table.patientId, table.clientId),
    index('screen_patient_date_idx').on(table.patientId, table.date),
  ],
);

export const psfsEntry = pgTable(
  'psfs_entry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: patientId(),
    clientId: uuid('client_id').notNull(),
    date: date('date').notNull(),
    activities: jsonb('activities').$type<PsfsActivity[]>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [unique('psfs_entry_client_key').on(table.patientId, table.clientId)],
);

export const strengthTest = pgTable('strength_test', {
  id: uuid('id').primaryKey().defaultRandom(),
  patientId: patientId(),
  date: date('date').notNull(),
  method: text('method', { enum: ['dynamometer', 'reps-at-load', 'single-leg-stance'] }).notNull(),
  injuredSide: real('injured_side').notNull(),
  uninjuredSide: real('uninjured_side').notNull(),
  loadKg: real('load_kg'),
  authorId: text('author_id')
    .notNull()
    .references(() => user.id),
  authorName: text('author_name').notNull(),
  createdAt: createdAt(),
});

export const outcomeScore = pgTable('outcome_score', {
  id: uuid('id').primaryKey().defaultRandom(),
  patientId: patientId(),
  date: date('date').notNull(),
  instrument: text('instrument', { enum: ['LEFS', 'VISA-G', 'HOOS'] }).notNull(),
  total: real('total').notNull(),
  authorId: text('author_id')
    .notNull()
    .references(() => user.id),
  authorName: text('author_name').notNull(),
  createdAt: createdAt(),
});
