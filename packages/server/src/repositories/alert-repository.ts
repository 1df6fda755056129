import type { Alert } from '@minimus/core';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { alert, patient } from '../db/schema/index.js';

export type AlertRow = typeof alert.$inferSelect;
export type AlertStatus = 'open' | 'acknowledged';

/** Engine alerts, one row per patient and key; recomputing a plan updates the row, never duplicates it. */
export function alertRepository(db: Database) {
  return {
    async upsert(patientId: string, alerts: readonly Alert[]): Promise<void> {
      if (alerts.length === 0) return;
      await db
        .insert(alert)
        .values(
          alerts.map((item) => ({
            patientId,
            key: item.key,
            kind: item.kind,
            severity: item.severity,
            date: item.date,
            exerciseId: item.exerciseId,
            ruleId: item.ruleId,
            message: item.message,
            physicianMessage: item.physicianMessage,
            notifyTherapist: item.notifyTherapist,
          })),
        )
        .onConflictDoUpdate({
          target: [alert.patientId, alert.key],
          set: {
            severity: sql`excluded.severity`,
            message: sql`excluded.message`,
            physicianMessage: sql`excluded.physician_message`,
            notifyTherapist: sql`excluded.notify_therapist`,
          },
        });
    },

    async find(id: string): Promise<AlertRow | null> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const [row] = await db.select().from(alert).where(eq(alert.id, id));
      return row ?? null;
    },

    async listForPatient(patientId: string): Promise<AlertRow[]> {
      return db
        .select()
        .from(alert)
        .where(eq(alert.patientId, patientId))
        .orderBy(desc(alert.date), desc(alert.createdAt));
    },

    async listForClinic(
      clinicId: string,
      status: AlertStatus | undefined,
    ): Promise<(AlertRow & { patientName: string })[]> {
      const rows = await db
        .select({ alert, patientName: patient.name })
        .from(alert)
        .innerJoin(patient, eq(patient.id, alert.patientId))
        .where(
          status
            ? and(eq(patient.clinicId, clinicId), eq(alert.status, status))
            : eq(patient.clinicId, clinicId),
        )
        .orderBy(desc(alert.date), desc(alert.createdAt));
      return rows.map((row) => ({ ...row.alert, patientName: row.patientName }));
    },

    async openCounts(patientIds: readonly string[]): Promise<Map<string, number>> {
      if (patientIds.length === 0) return new Map();
      const rows = await db
        .select({ patientId: alert.patientId, total: sql<number>`count(*)::int` })
        .from(alert)
        .where(
          and(
            inArray(alert.patientId, [...patientIds]),
            eq(alert.status, 'open'),
            eq(alert.notifyTherapist, true),
          ),
        )
        .groupBy(alert.patientId);
      return new Map(rows.map((row) => [row.patientId, row.total]));
    },

    async acknowledge(id: string, by: string, note: string): Promise<AlertRow | null> {
      const [row] = await db
        .update(alert)
        .set({ status: 'acknowledged', acknowledgedBy: by, acknowledgedAt: new Date(), note })
        .where(eq(alert.id, id))
        .returning();
      return row ?? null;
    },
  };
}

export type AlertRepository = ReturnType<typeof alertRepository>;
