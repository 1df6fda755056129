import type { Alert } from '@minimus/core';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { alert, patient, user } from '../db/schema/index.js';

export type AlertRow = typeof alert.$inferSelect;
export type AlertStatus = 'open' | 'acknowledged';
/** An alert with the name of the account that acknowledged it, read with the row. */
export type NamedAlertRow = AlertRow & { acknowledgedByName: string | null };

const named = { alert, acknowledgedByName: user.name };
const withName = (row: { alert: AlertRow; acknowledgedByName: string | null }): NamedAlertRow => ({
  ...row.alert,
  acknowledgedByName: row.acknowledgedByName,
});

/** Engine alerts, one row per patient and key; recomputing a plan updates the row, never duplicates it. */
/** Alerts as the JSON `upsert_alerts` and `record_device_write` read: one object per alert, by column. */
export function alertsJson(alerts: readonly Alert[]): string {
  return JSON.stringify(
    alerts.map((item) => ({
      key: item.key,
      kind: item.kind,
      severity: item.severity,
      date: item.date,
      exercise_id: item.exerciseId,
      rule_id: item.ruleId,
      message: item.message,
      physician_message: item.physicianMessage,
      therapist_message: item.therapistMessage,
      notify_therapist: item.notifyTherapist,
    })),
  );
}

export function alertRepository(db: Database) {
  return {
    /** Stores alerts by key; one the engine says again unchanged is left alone (migration 0007). */
    async upsert(patientId: string, alerts: readonly Alert[]): Promise<void> {
      if (alerts.length === 0) return;
      await db.execute(sql`select upsert_alerts(${patientId}, ${alertsJson(alerts)}::jsonb)`);
    },

    async find(id: string): Promise<NamedAlertRow | null> {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const [row] = await db
        .select(named)
        .from(alert)
        .leftJoin(user, eq(user.id, alert.acknowledgedBy))
        .where(eq(alert.id, id));
      return row ? withName(row) : null;
    },

    async listForPatient(patientId: string): Promise<NamedAlertRow[]> {
      const rows = await db
        .select(named)
        .from(alert)
        .leftJoin(user, eq(user.id, alert.acknowledgedBy))
        .where(eq(alert.patientId, patientId))
        .orderBy(desc(alert.date), desc(alert.createdAt));
      return rows.map(withName);
    },

    async listForClinic(
      clinicId: string,
      status: AlertStatus | undefined,
    ): Promise<(NamedAlertRow & { patientName: string })[]> {
      const rows = await db
        .select({ ...named, patientName: patient.name })
        .from(alert)
        .innerJoin(patient, eq(patient.id, alert.patientId))
        .leftJoin(user, eq(user.id, alert.acknowledgedBy))
        .where(
          status
            ? and(eq(patient.clinicId, clinicId), eq(alert.status, status))
            : eq(patient.clinicId, clinicId),
        )
        .orderBy(desc(alert.date), desc(alert.createdAt));
      return rows.map((row) => ({ ...withName(row), patientName: row.patientName }));
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

    async acknowledge(id: string, by: string, note: string): Promise<NamedAlertRow | null> {
      const [row] = await db
        .update(alert)
        .set({ status: 'acknowledged', acknowledgedBy: by, acknowledgedAt: new Date(), note })
        .where(eq(alert.id, id))
        .returning();
      if (!row) return null;
      const [account] = await db.select({ name: user.name }).from(user).where(eq(user.id, by));
      return { ...row, acknowledgedByName: account?.name ?? null };
    },
  };
}

export type AlertRepository = ReturnType<typeof alertRepository>;
