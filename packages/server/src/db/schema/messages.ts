import { sql } from 'drizzle-orm';
import { customType, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { user } from './auth.js';
import { patient } from './clinic.js';

const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/** One patient's thread is their rows; a device's replayed send finds the stored row (migration 0013). */
export const message = pgTable(
  'message',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    clientId: uuid('client_id').notNull(),
    authorId: text('author_id')
      .notNull()
      .references(() => user.id),
    authorRole: text('author_role', { enum: ['patient', 'therapist'] }).notNull(),
    body: text('body').notNull(),
    photo: bytes('photo'),
    safetyTier: text('safety_tier', { enum: ['emergency', 'urgent'] }),
    safetyCodes: jsonb('safety_codes').$type<string[]>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    unique('message_client_key').on(table.patientId, table.clientId),
    index('message_patient_created_idx').on(table.patientId, table.createdAt),
  ],
);

/** How a patient reaches their therapist by phone, set by the clinic's admin. */
export const contactCard = pgTable('contact_card', {
  therapistId: text('therapist_id')
    .primaryKey()
    .references(() => user.id),
  therapistName: text('therapist_name').notNull(),
  phone: text('phone').notNull(),
  hours: text('hours').notNull(),
  updatedBy: text('updated_by')
    .notNull()
    .references(() => user.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
