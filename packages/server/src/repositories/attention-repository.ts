import type { IsoDate } from '@minimus/core';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { type AttentionDay, patient, patientAttention } from '../db/schema/index.js';

export type { AttentionDay };

/** One patient's attention over the snapshot's horizon, with the versions it was computed from. */
export interface AttentionSnapshot {
  patientId: string;
  clinicId: string;
  dataVersion: number;
  alertsVersion: number;
  horizonStart: IsoDate;
  days: AttentionDay[];
  scores: number[];
  lastDataDate: IsoDate | null;
  openAlerts: number;
}

export type PatientFilter = 'all' | 'attention' | 'active' | 'suspended' | 'discharged';

/** Where the previous page ended, in the list's order. */
export interface ListCursor {
  score: number;
  name: string;
  id: string;
}

export interface AttentionListRow {
  id: string;
  name: string;
  rank: number;
  score: number;
  sortName: string;
  day: AttentionDay;
  lastDataDate: IsoDate | null;
  openAlerts: number;
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows))
    return result.rows;
  throw new Error('unexpected query result shape');
}

/** The patient's today in the database, from the instant the server passes (the server's clock decides). */
const todayOf = (now: Date) => sql`(${now.toISOString()}::timestamptz at time zone p.time_zone)::date`;

/** Index (1-based) of today in the snapshot's arrays. */
const todayIndex = (now: Date) => sql`(${todayOf(now)} - a.horizon_start + 1)`;

function filterSql(filter: PatientFilter): SQL {
  switch (filter) {
    case 'all':
      return sql`true`;
    case 'attention':
      return sql`score > 0`;
    default:
      return sql`status = ${filter}`;
  }
}

function parseDay(value: unknown): AttentionDay {
  const day = typeof value === 'string' ? JSON.parse(value) : value;
  if (!day || typeof day !== 'object' || !('reasons' in day)) throw new Error('attention day missing');
  return day;
}

const asDate = (value: unknown): IsoDate | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString().slice(0, 10)
      : String(value);

function toListRow(row: Record<string, unknown>): AttentionListRow {
  return {
    id: String(row.id),
    name: String(row.name),
    rank: Number(row.rank),
    score: Number(row.score),
    sortName: String(row.sort_name),
    day: parseDay(row.day),
    lastDataDate: asDate(row.last_data_date),
    openAlerts: Number(row.open_alerts),
  };
}

/** The stored attention snapshots (ADR 0006): written after every change, read by the clinic's list. */
export function attentionRepository(db: Database) {
  return {
    /** The versions a snapshot must carry to be current, read before the data it is computed from. */
    async versionsOf(
      patientId: string,
    ): Promise<{ dataVersion: number; alertsVersion: number; clinicId: string; timeZone: string } | null> {
      const [row] = await db
        .select({
          dataVersion: patient.dataVersion,
          alertsVersion: patient.alertsVersion,
          clinicId: patient.clinicId,
          timeZone: patient.timeZone,
        })
        .from(patient)
        .where(eq(patient.id, patientId));
      return row ?? null;
    },

    /** Stores a snapshot unless one computed from newer data is there already (another instance). */
    async store(snapshot: AttentionSnapshot): Promise<void> {
      const values = {
        ...snapshot,
        statuses: snapshot.days.map((day) => day.status),
        computedAt: new Date(),
      };
      await db
        .insert(patientAttention)
        .values(values)
        .onConflictDoUpdate({
          target: patientAttention.patientId,
          set: {
            dataVersion: sql`excluded.data_version`,
            alertsVersion: sql`excluded.alerts_version`,
            horizonStart: sql`excluded.horizon_start`,
            scores: sql`excluded.scores`,
            statuses: sql`excluded.statuses`,
            days: sql`excluded.days`,
            lastDataDate: sql`excluded.last_data_date`,
            openAlerts: sql`excluded.open_alerts`,
            computedAt: sql`excluded.computed_at`,
          },
          setWhere: sql`${patientAttention.dataVersion} <= excluded.data_version
            and ${patientAttention.alertsVersion} <= excluded.alerts_version`,
        });
    },

    /** The clinic's patients whose snapshot is missing, older than their data, or not for their today. */
    async staleIn(clinicId: string, now: Date): Promise<string[]> {
      const result = await db.execute(sql`
        select p.id from patient p left join patient_attention a on a.patient_id = p.id
         where p.clinic_id = ${clinicId}
           and (a.patient_id is null
             or a.data_version <> p.data_version
             or a.alerts_version <> p.alerts_version
             or ${todayIndex(now)} not between 1 and cardinality(a.scores))`);
      return rowsOf(result).map((row) => String(row.id));
    },

    /**
     * One page of the clinic's list, most in need of attention first (score, then name, then id).
     * `rank` is the place in the whole clinic's order, whatever the search or filter.
     */
    async page(
      clinicId: string,
      now: Date,
      options: {
        query?: string | undefined;
        filter: PatientFilter;
        limit: number;
        after?: ListCursor | undefined;
      },
    ): Promise<AttentionListRow[]> {
      const search = options.query
        ? sql`name ilike ${`%${options.query.replace(/[%_\\]/g, '\\$&')}%`}`
        : sql`true`;
      const after = options.after
        ? sql`(score < ${options.after.score} or (score = ${options.after.score}
             and (sort_name, id) > (${options.after.name}, ${options.after.id}::uuid)))`
        : sql`true`;
      const result = await db.execute(sql`
        with today as (
          select p.id, p.name, lower(p.name) collate "C" as sort_name, ${todayIndex(now)} as i,
                 a.scores, a.statuses
            from patient p join patient_attention a on a.patient_id = p.id
           where p.clinic_id = ${clinicId}
        ), ranked as (
          select id, name, sort_name, i, scores[i] as score, statuses[i] as status,
                 row_number() over (order by scores[i] desc, sort_name, id) as rank
            from today
        )
        select r.id, r.name, r.sort_name, r.rank, r.score, a.days -> (r.i - 1)::int as day,
               a.last_data_date, a.open_alerts
          from ranked r join patient_attention a on a.patient_id = r.id
         where ${search} and ${filterSql(options.filter)} and ${after}
         order by r.rank
         limit ${options.limit}`);
      return rowsOf(result).map(toListRow);
    },
  };
}

export type AttentionRepository = ReturnType<typeof attentionRepository>;
