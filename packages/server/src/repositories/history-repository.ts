import {
  type CheckIn,
  EMPTY_HISTORY,
  type History,
  type Program,
  type PsfsEntry,
  type ScreenAnswers,
  type SessionLog,
} from '@minimus/core';
import { and, asc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import {
  checkIn,
  outcomeScore,
  patient,
  programVersion,
  psfsEntry,
  screen,
  sessionLog,
  strengthTest,
} from '../db/schema/index.js';

export type ScreenKind = 'red-flag' | 'tendinopathy' | 'falls' | 'maintenance-check-in';

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

function list(select: SQL, from: SQL): SQL {
  return sql`coalesce((select json_agg(${select}) from ${from}), '[]'::json)`;
}

const patientId = sql`${patient.id}`;

/** Every list of a patient's history as the engine reads it, sorted by date (then by when stored). */
const historyJson = sql<History>`json_build_object(
  'sessionLogs', ${list(
    sql`json_build_object('id', s.id, 'date', s.date, 'stamp', s.stamp, 'baselinePain', s.baseline_pain, 'exercises', s.exercises) order by s.date, s.created_at`,
    sql`session_log s where s.patient_id = ${patientId}`,
  )},
  'checkIns', ${list(
    sql`json_build_object('id', c.id, 'date', c.date, 'nextMorningPain', c.next_morning_pain, 'worstPain24h', c.worst_pain_24h, 'walkingPain', c.walking_pain) order by c.date, c.created_at`,
    sql`check_in c where c.patient_id = ${patientId}`,
  )},
  'redFlagScreens', ${list(
    sql`json_build_object('id', r.id, 'date', r.date, 'answers', r.answers) order by r.date, r.created_at`,
    sql`screen r where r.patient_id = ${patientId} and r.kind = 'red-flag'`,
  )},
  'tendinopathyScreens', ${list(
    sql`json_build_object('id', t.id, 'date', t.date, 'answers', t.answers) order by t.date, t.created_at`,
    sql`screen t where t.patient_id = ${patientId} and t.kind = 'tendinopathy'`,
  )},
  'fallsScreens', ${list(
    sql`json_build_object('id', f.id, 'date', f.date, 'answers', f.answers) order by f.date, f.created_at`,
    sql`screen f where f.patient_id = ${patientId} and f.kind = 'falls'`,
  )},
  'maintenanceCheckIns', ${list(
    sql`json_build_object('id', m.id, 'date', m.date, 'answers', m.answers) order by m.date, m.created_at`,
    sql`screen m where m.patient_id = ${patientId} and m.kind = 'maintenance-check-in'`,
  )},
  'psfs', ${list(
    sql`json_build_object('id', p.id, 'date', p.date, 'activities', p.activities) order by p.date, p.created_at`,
    sql`psfs_entry p where p.patient_id = ${patientId}`,
  )},
  'strengthTests', ${list(
    sql`json_build_object('id', st.id, 'date', st.date, 'method', st.method, 'injuredSide', st.injured_side, 'uninjuredSide', st.uninjured_side, 'loadKg', st.load_kg, 'author', st.author_name) order by st.date, st.created_at`,
    sql`strength_test st where st.patient_id = ${patientId}`,
  )},
  'outcomeScores', ${list(
    sql`json_build_object('id', o.id, 'date', o.date, 'instrument', o.instrument, 'total', o.total, 'author', o.author_name) order by o.date, o.created_at`,
    sql`outcome_score o where o.patient_id = ${patientId}`,
  )}
)`;

/** The program in force as JSON: the highest version of the patient's program, or null. */
const latestProgramJson = sql<{ version: number; program: Program } | null>`(
  select json_build_object('version', pv.version, 'program', pv.program)
  from ${programVersion} pv where pv.patient_id = ${patientId}
  order by pv.version desc limit 1
)`;

/** What the engine needs for one patient, read in one statement so all of it is from one moment. */
export interface PlanningInputs {
  /** `patient.data_version` as of this read. */
  dataVersion: number;
  program: { version: number; program: Program } | null;
  history: History;
}

/**
 * Everything recorded about a patient. Device writes are inserted with ON CONFLICT DO NOTHING on
 * (patient, clientId), so a retried write returns the stored row and never makes a second one.
 */
export function historyRepository(db: Database) {
  return {
    /** The whole history in one round trip: each list is aggregated to JSON in the database. */
    async load(patientId: string): Promise<History> {
      const [row] = await db.select({ history: historyJson }).from(patient).where(eq(patient.id, patientId));
      return row?.history ?? EMPTY_HISTORY;
    },

    /**
     * The history, the program in force and the data version in one statement, so a cache can file
     * what it read under the version it was read at. Null for an unknown patient.
     */
    async loadForPlanning(patientId: string): Promise<PlanningInputs | null> {
      const [row] = await db
        .select({ dataVersion: patient.dataVersion, program: latestProgramJson, history: historyJson })
        .from(patient)
        .where(eq(patient.id, patientId));
      return row ?? null;
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
