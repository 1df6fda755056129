import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Database, OpenDatabase, RowShape } from '../db/database.js';
import { groupCommit, type Waiting } from '../db/group-commit.js';
import { auditEvent, user } from '../db/schema/index.js';

export type AuditOutcome = 'allowed' | 'denied' | 'failed';
export type AuditRow = typeof auditEvent.$inferSelect;
/** An audit row with the acting account's name, joined when read. */
export type NamedAuditRow = AuditRow & { actorName: string | null };

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

/**
 * How long one stored row stands for the same read repeated (see `batchedAuditRecorder`): an app that
 * checks a thread every two minutes while open writes one row per ten minutes of it, and a new row as
 * soon as what it reads changes.
 */
export const REPEATED_READ_WINDOW_MS = 10 * 60_000;

/** The append-only audit trail (the database refuses UPDATE and DELETE on it). */
export function auditRepository(db: Database) {
  return {
    /**
     * Stores the row. `sameAs` names what an allowed read returned, so that a repeat of it may stand on
     * a row stored moments before; this recorder keeps no memory of rows and stores every one.
     */
    async record(entry: AuditEntry, _sameAs?: string): Promise<void> {
      await db.insert(auditEvent).values(entry);
    },

    async list(filter: AuditFilter): Promise<NamedAuditRow[]> {
      const conditions: SQL[] = [eq(auditEvent.clinicId, filter.clinicId)];
      if (filter.actorId) conditions.push(eq(auditEvent.actorId, filter.actorId));
      if (filter.patientId) conditions.push(eq(auditEvent.patientId, filter.patientId));
      if (filter.from) conditions.push(gte(auditEvent.at, filter.from));
      if (filter.to) conditions.push(lt(auditEvent.at, filter.to));
      const rows = await db
        .select({ event: auditEvent, actorName: user.name })
        .from(auditEvent)
        .leftJoin(user, eq(user.id, auditEvent.actorId))
        .where(and(...conditions))
        .orderBy(desc(auditEvent.at))
        .limit(filter.limit);
      return rows.map((row) => ({ ...row.event, actorName: row.actorName }));
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;

/**
 * The columns a batch stores. The row's id is made here rather than by the database's default: in PGlite,
 * `gen_random_uuid()` cost more than the rest of the row.
 */
const AUDIT_ROW: RowShape = {
  table: 'audit_event',
  columns: [
    { name: 'id', type: 'uuid' },
    { name: 'actor_id', type: 'text' },
    { name: 'actor_role', type: 'text' },
    { name: 'clinic_id', type: 'text' },
    { name: 'action', type: 'text' },
    { name: 'patient_id', type: 'uuid' },
    { name: 'outcome', type: 'text' },
    { name: 'request_id', type: 'text' },
  ],
};

const auditValues = (entry: AuditEntry) => [
  randomUUID(),
  entry.actorId,
  entry.actorRole,
  entry.clinicId,
  entry.action,
  entry.patientId,
  entry.outcome,
  entry.requestId,
];

/**
 * Records audit rows with group commit: the rows of the requests handled in one turn of the event loop,
 * and of every request that asks while an insert is on its way, go together in one insert, and each
 * caller's promise settles only once its own row is stored, so no answer leaves before its audit row is
 * written. If a batch fails, its rows are retried one by one, so one bad row cannot lose the others.
 * The insert goes straight to the driver (`OpenDatabase.appendRows`): on every request's path, building
 * it through the query builder cost more than storing it.
 *
 * @example
 * const audit = batchedAuditRecorder(database);
 * await audit.record({ actorId, actorRole: 'patient', clinicId, action: 'plan.read', patientId, outcome: 'allowed', requestId });
 */
export function batchedAuditRecorder(
  database: Pick<OpenDatabase, 'appendRows'>,
  clock: () => number = Date.now,
): Pick<AuditRepository, 'record'> {
  /** Repeatable reads stored lately, oldest first: until when each row stands for its repeats. */
  const repeats = new Map<string, { until: number; stored: Promise<void> }>();
  const insert = (entries: readonly AuditEntry[]) => database.appendRows(AUDIT_ROW, entries.map(auditValues));

  async function insertOneByOne(batch: Waiting<AuditEntry, void>[]): Promise<void> {
    for (const call of batch) {
      try {
        await insert([call.item]);
        call.done();
      } catch (error) {
        call.failed(error);
      }
    }
  }

  // Waiting for the requests of this turn of the event loop lets them share the insert.
  const store = groupCommit<AuditEntry, void>(
    async (batch) => {
      try {
        await insert(batch.map((call) => call.item));
        for (const call of batch) call.done();
      } catch {
        await insertOneByOne(batch);
      }
    },
    { waitForTurn: true },
  );

  function storeRepeatable(entry: AuditEntry, sameAs: string): Promise<void> {
    const now = clock();
    for (const [key, held] of repeats) {
      if (held.until > now) break;
      repeats.delete(key);
    }
    const key = JSON.stringify([
      entry.actorId,
      entry.actorRole,
      entry.clinicId,
      entry.patientId,
      entry.action,
      sameAs,
    ]);
    const held = repeats.get(key);
    // The repeat's answer still waits for the row that stands for it to be stored.
    if (held) return held.stored;
    const stored = store(entry);
    repeats.set(key, { until: now + REPEATED_READ_WINDOW_MS, stored });
    stored.catch(() => {
      if (repeats.get(key)?.stored === stored) repeats.delete(key);
    });
    return stored;
  }

  return {
    /**
     * Stores the row. An allowed read given `sameAs` (what it returned, e.g. the newest message's id),
     * repeated by the same person on the same patient within `REPEATED_READ_WINDOW_MS` of the row
     * stored for it, stands on that row instead of adding one; anything else is stored every time.
     */
    record(entry: AuditEntry, sameAs?: string): Promise<void> {
      return sameAs !== undefined && entry.outcome === 'allowed' && entry.patientId !== null
        ? storeRepeatable(entry, sameAs)
        : store(entry);
    },
  };
}
