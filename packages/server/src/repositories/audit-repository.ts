import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { auditEvent } from '../db/schema/index.js';

export type AuditOutcome = 'allowed' | 'denied' | 'failed';
export type AuditRow = typeof auditEvent.$inferSelect;

export interface AuditEntry {
  actorId: string | null;
  actorRole: string | null;
  clinicId: string | null;
  action: string;
  patientId: string | null;
  outcome: AuditOutcome;
  requestId: string | null;
}

export interface AuditFilter {
  clinicId: string;
  actorId?: string | undefined;
  patientId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
}

/** The append-only audit trail (the database refuses UPDATE and DELETE on it). */
export function auditRepository(db: Database) {
  return {
    async record(entry: AuditEntry): Promise<void> {
      await db.insert(auditEvent).values(entry);
    },

    async list(filter: AuditFilter): Promise<AuditRow[]> {
      const conditions: SQL[] = [eq(auditEvent.clinicId, filter.clinicId)];
      if (filter.actorId) conditions.push(eq(auditEvent.actorId, filter.actorId));
      if (filter.patientId) conditions.push(eq(auditEvent.patientId, filter.patientId));
      if (filter.from) conditions.push(gte(auditEvent.at, filter.from));
      if (filter.to) conditions.push(lt(auditEvent.at, filter.to));
      return db
        .select()
        .from(auditEvent)
        .where(and(...conditions))
        .orderBy(desc(auditEvent.at))
        .limit(filter.limit);
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
