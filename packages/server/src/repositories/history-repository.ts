import type { CheckIn, History, PsfsEntry, ScreenAnswers, SessionLog } from '@minimus/core';
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/database.js';
import { checkIn, outcomeScore, psfsEntry, screen, sessionLog, strengthTest } from '../db/schema/index.js';

export type ScreenKind = 'red-flag' | 'tendinopathy';

/** A stored device write and whether this call created it (false: a replay found the stored one). */
export interface Stored<T> {
  created: boolean;
  record: T & { clientId: string };
}

type SessionRow = typeof sessionLog.$inferSelect;

function toSessionLog(row: SessionRow): SessionLog & { clientId: string } {
  return {
    id: row.id,
    clientId: row.clientId,
    date: row.date,
    stamp: row.stamp,
    baselinePain: row.baselinePain,
    exercises: row.exercises,
  };
}

async function once<Row, T>(
  inserted: Row[],
  findExisting: () => Promise<Row[]>,
  present: (row: Row) => T & { clientId: string },
): Promise<Stored<T>> {
  const [created] = inserted;
  if (created) return { created: true, record: present(created) };
  const [existing] = await findExisting();
  if (!existing) throw new Error('a conflicting device write vanished');
  return { created: false, record: present(existing) };
}

/**
 * Everything recorded about a patient. Device writes are inserted with ON CONFLICT DO NOTHING on
 * (patient, clientId), so a retried write returns the stored row and never makes a second one.
 */
export function historyRepository(db: Database) {
  return {
    async load(patientId: string): Promise<History> {
      const byPatient = (table: { patientId: PgColumn }) => eq(table.patientId, patientId);
      const [sessions, checkIns, screens, psfs, strength, outcomes] = await Promise.all([
        db
          .select()
          .from(sessionLog)
          .where(byPatient(sessionLog))
          .orderBy(asc(sessionLog.date), asc(sessionLog.createdAt)),
        db
          .select()
          .from(checkIn)
          .where(byPatient(checkIn))
          .orderBy(asc(checkIn.date), asc(checkIn.createdAt)),
        db.select().from(screen).where(byPatient(screen)).orderBy(asc(screen.date), asc(screen.createdAt)),
        db
          .select()
          .from(psfsEntry)
          .where(byPatient(psfsEntry))
          .orderBy(asc(psfsEntry.date), asc(psfsEntry.createdAt)),
        db.select().from(strengthTest).where(byPatient(strengthTest)).orderBy(asc(strengthTest.date)),
        db.select().from(outcomeScore).where(byPatient(outcomeScore)).orderBy(asc(outcomeScore.date)),
      ]);
      const screenOf = (kind: ScreenKind): ScreenAnswers[] =>
        screens
          .filter((row) => row.kind === kind)
          .map((row) => ({ id: row.id, date: row.date, answers: row.answers }));
      return {
        sessionLogs: sessions.map(toSessionLog),
        checkIns: checkIns.map(({ id, date, nextMorningPain, worstPain24h, walkingPain }) => ({
          id,
          date,
          nextMorningPain,
          worstPain24h,
          walkingPain,
        })),
        redFlagScreens: screenOf('red-flag'),
        tendinopathyScreens: screenOf('tendinopathy'),
        psfs: psfs.map(({ id, date, activities }) => ({ id, date, activities })),
        strengthTests: strength.map((row) => ({
          id: row.id,
          date: row.date,
          method: row.method,
          injuredSide: row.injuredSide,
          uninjuredSide: row.uninjuredSide,
          loadKg: row.loadKg,
          author: row.authorName,
        })),
        outcomeScores: outcomes.map((row) => ({
          id: row.id,
          date: row.date,
          instrument: row.instrument,
          total: row.total,
          author: row.authorName,
        })),
      };
    },

    async sessionLogsBetween(
      patientId: string,
      from: string,
      to: string,
    ): Promise<(SessionLog & { clientId: string })[]> {
      const rows = await db
        .select()
        .from(sessionLog)
        .where(and(eq(sessionLog.patientId, patientId), gte(sessionLog.date, from), lte(sessionLog.date, to)))
        .orderBy(asc(sessionLog.date), asc(sessionLog.createdAt));
      return rows.map(toSessionLog);
    },

    async addSessionLog(
      patientId: string,
      clientId: string,
      log: Omit<SessionLog, 'id'>,
    ): Promise<Stored<SessionLog>> {
      const inserted = await db
        .insert(sessionLog)
        .values({ patientId, clientId, ...log, exercises: [...log.exercises] })
        .onConflictDoNothing({ target: [sessionLog.patientId, sessionLog.clientId] })
        .returning();
      const find = () =>
        db
          .select()
          .from(sessionLog)
          .where(and(eq(sessionLog.patientId, patientId), eq(sessionLog.clientId, clientId)));
      return once(inserted, find, toSessionLog);
    },

    async addCheckIn(
      patientId: string,
      clientId: string,
      entry: Omit<CheckIn, 'id'>,
    ): Promise<Stored<CheckIn>> {
      const inserted = await db
        .insert(checkIn)
        .values({ patientId, clientId, ...entry })
        .onConflictDoNothing({ target: [checkIn.patientId, checkIn.clientId] })
        .returning();
      const find = () =>
        db
          .select()
          .from(checkIn)
          .where(and(eq(checkIn.patientId, patientId), eq(checkIn.clientId, clientId)));
      return once(
        inserted,
        find,
        ({ id, clientId: client, date, nextMorningPain, worstPain24h, walkingPain }) => ({
          id,
          clientId: client,
          date,
          nextMorningPain,
          worstPain24h,
          walkingPain,
        }),
      );
    },

    async addScreen(
      patientId: string,
      clientId: string,
      kind: ScreenKind,
      entry: Omit<ScreenAnswers, 'id'>,
    ): Promise<Stored<ScreenAnswers & { kind: ScreenKind }>> {
      const inserted = await db
        .insert(screen)
        .values({ patientId, clientId, kind, date: entry.date, answers: { ...entry.answers } })
        .onConflictDoNothing({ target: [screen.patientId, screen.clientId] })
        .returning();
      const find = () =>
        db
          .select()
          .from(screen)
          .where(and(eq(screen.patientId, patientId), eq(screen.clientId, clientId)));
      return once(inserted, find, (row) => ({
        id: row.id,
        clientId: row.clientId,
        kind: row.kind,
        date: row.date,
        answers: row.answers,
      }));
    },

    async addPsfs(
      patientId: string,
      clientId: string,
      entry: Omit<PsfsEntry, 'id'>,
    ): Promise<Stored<PsfsEntry>> {
      const inserted = await db
        .insert(psfsEntry)
        .values({ patientId, clientId, date: entry.date, activities: [...entry.activities] })
        .onConflictDoNothing({ target: [psfsEntry.patientId, psfsEntry.clientId] })
        .returning();
      const find = () =>
        db
          .select()
          .from(psfsEntry)
          .where(and(eq(psfsEntry.patientId, patientId), eq(psfsEntry.clientId, clientId)));
      return once(inserted, find, ({ id, clientId: client, date, activities }) => ({
        id,
        clientId: client,
        date,
        activities,
      }));
    },

    async addStrengthTest(row: typeof strengthTest.$inferInsert): Promise<string> {
      const [inserted] = await db.insert(strengthTest).values(row).returning({ id: strengthTest.id });
      if (!inserted) throw new Error('strength test insert returned nothing');
      return inserted.id;
    },

    async addOutcomeScore(row: typeof outcomeScore.$inferInsert): Promise<string> {
      const [inserted] = await db.insert(outcomeScore).values(row).returning({ id: outcomeScore.id });
      if (!inserted) throw new Error('outcome score insert returned nothing');
      return inserted.id;
    },
  };
}

export type HistoryRepository = ReturnType<typeof historyRepository>;
