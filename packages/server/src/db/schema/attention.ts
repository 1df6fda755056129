import type { AttentionReason, IsoDate } from '@minimus/core';
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clinic, patient } from './clinic.js';

/** What the list shows of one patient on one day of the snapshot's horizon. */
export interface AttentionDay {
  date: IsoDate;
  phase: number;
  status: 'awaiting-confirmation' | 'active' | 'suspended' | 'discharged';
  adherence7d: number | null;
  reasons: AttentionReason[];
  /**
   * Whether the day's plan has exercises to do, so a reminder can be decided without the engine.
   * Absent in rows computed before reminders read it (those reminders plan the day instead).
   */
  sessionDue?: boolean;
}

/**
 * Each patient's place in the clinic's attention order (ADR 0006). Triggers (migration 0004) keep the
 * `wanted_*` versions, name and time zone equal to the patient row's in the same transaction as any
 * change; the server computes the rest with the engine, for the patient's today and the days after it,
 * and labels it with the versions it read. A row whose versions differ from the wanted ones is stale.
 * `score` and `status` are those of `valid_on`, the patient's today until `valid_until`, so the list
 * sorts, filters and pages on an index; `days` is read only for the rows of the page.
 */
export const patientAttention = pgTable(
  'patient_attention',
  {
    patientId: uuid('patient_id')
      .primaryKey()
      .references(() => patient.id),
    clinicId: text('clinic_id')
      .notNull()
      .references(() => clinic.id),
    name: text('name').notNull(),
    /** lower(name) in the "C" collation (set by the migration), the list's order among equal scores. */
    sortName: text('sort_name').notNull(),
    timeZone: text('time_zone').notNull(),
    wantedDataVersion: bigint('wanted_data_version', { mode: 'number' }).notNull(),
    wantedAlertsVersion: bigint('wanted_alerts_version', { mode: 'number' }).notNull(),
    /** Raised by triggers on `message` whenever a patient's unread messages change (migration 0014). */
    wantedMessagesVersion: bigint('wanted_messages_version', { mode: 'number' }).notNull().default(0),
    /** The versions the stored attention was computed from; -1 until it is computed. */
    dataVersion: bigint('data_version', { mode: 'number' }).notNull().default(-1),
    alertsVersion: bigint('alerts_version', { mode: 'number' }).notNull().default(-1),
    messagesVersion: bigint('messages_version', { mode: 'number' }).notNull().default(-1),
    horizonStart: date('horizon_start'),
    scores: integer('scores').array().notNull().default(sql`'{}'`),
    statuses: text('statuses').array().notNull().default(sql`'{}'`),
    days: jsonb('days').$type<AttentionDay[]>().notNull().default([]),
    validOn: date('valid_on'),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull().default(sql`'-infinity'`),
    score: integer('score').notNull().default(0),
    status: text('status').notNull().default('active'),
    lastDataDate: date('last_data_date'),
    openAlerts: integer('open_alerts').notNull().default(0),
    computedAt: timestamp('computed_at', { withTimezone: true }),
  },
  (table) => [
    index('patient_attention_order_idx').on(
      table.clinicId,
      table.score.desc(),
      table.sortName,
      table.patientId,
    ),
    index('patient_attention_status_idx').on(
      table.clinicId,
      table.status,
      table.score.desc(),
      table.sortName,
      table.patientId,
    ),
    index('patient_attention_valid_idx').on(table.clinicId, table.validUntil),
    index('patient_attention_stale_idx')
      .on(table.clinicId)
      .where(
        sql`${table.dataVersion} <> ${table.wantedDataVersion} or ${table.alertsVersion} <> ${table.wantedAlertsVersion} or ${table.messagesVersion} <> ${table.wantedMessagesVersion}`,
      ),
  ],
);
