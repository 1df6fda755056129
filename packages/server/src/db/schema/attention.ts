import type { AttentionReason, IsoDate } from '@minimus/core';
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { clinic, patient } from './clinic.js';

/** What the list shows of one patient on one day of the snapshot's horizon. */
export interface AttentionDay {
  date: IsoDate;
  phase: number;
  status: 'active' | 'suspended' | 'discharged';
  adherence7d: number | null;
  reasons: AttentionReason[];
}

/**
 * Each patient's place in the clinic's attention order, computed by the engine for the patient's
 * today and the days after it (ADR 0006). It is good while `data_version` and `alerts_version` equal
 * the patient row's and the patient's today falls within the horizon; the list recomputes any other.
 * `scores[i]` and `statuses[i]` belong to `horizon_start + i`, so the list sorts and filters without
 * reading `days`.
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
    dataVersion: bigint('data_version', { mode: 'number' }).notNull(),
    alertsVersion: bigint('alerts_version', { mode: 'number' }).notNull(),
    horizonStart: date('horizon_start').notNull(),
    scores: integer('scores').array().notNull(),
    statuses: text('statuses').array().notNull(),
    days: jsonb('days').$type<AttentionDay[]>().notNull(),
    lastDataDate: date('last_data_date'),
    openAlerts: integer('open_alerts').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('patient_attention_clinic_idx').on(table.clinicId)],
);
