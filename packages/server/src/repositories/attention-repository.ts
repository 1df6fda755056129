import type { IsoDate } from '@minimus/core';
import { and, eq, lte, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import { type AttentionDay, patient, patientAttention } from '../db/schema/index.js';

export type { AttentionDay };

/** One patient's attention over the snapshot's horizon, with the versions it was computed from. */
export interface AttentionSnapshot {
  patientId: string;
  clinicId: string;
  dataVersion: number;
  alertsVersion: number;
  /** The attention row's messages version (migration 0014), read before the unread count. */
  messagesVersion: number;
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
  /** The last row's place in the list, so the next page numbers on. */
  rank: number;
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
    rank: 0,
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
    async versionsOf(patientId: string): Promise<{
      dataVersion: number;
      alertsVersion: number;
      messagesVersion: number;
      clinicId: string;
      timeZone: string;
    } | null> {
      const [row] = await db
        .select({
          dataVersion: patient.dataVersion,
          alertsVersion: patient.alertsVersion,
          messagesVersion: patientAttention.wantedMessagesVersion,
          clinicId: patient.clinicId,
          timeZone: patient.timeZone,
        })
        .from(patient)
        .innerJoin(patientAttention, eq(patientAttention.patientId, patient.id))
        .where(eq(patient.id, patientId));
      return row ?? null;
    },

    /**
     * Stores a computed attention, today's score and status picked out, unless one computed from newer
     * versions is there already (another instance). The patient's row made by the trigger is updated.
     */
    async store(snapshot: AttentionSnapshot): Promise<void> {
      const first = snapshot.days[0];
      await db
        .update(patientAttention)
        .set({
          dataVersion: snapshot.dataVersion,
          alertsVersion: snapshot.alertsVersion,
          messagesVersion: snapshot.messagesVersion,
          horizonStart: snapshot.horizonStart,
          scores: snapshot.scores,
          statuses: snapshot.days.map((day) => day.status),
          days: snapshot.days,
          validOn: snapshot.horizonStart,
          validUntil: sql`((${snapshot.horizonStart}::date + 1)::timestamp at time zone ${patientAttention.timeZone})`,
          score: snapshot.scores[0] ?? 0,
          status: first?.status ?? 'active',
          lastDataDate: snapshot.lastDataDate,
          openAlerts: snapshot.openAlerts,
          computedAt: new Date(),
        })
        .where(
          and(
            eq(patientAttention.patientId, snapshot.patientId),
            lte(patientAttention.dataVersion, snapshot.dataVersion),
            lte(patientAttention.alertsVersion, snapshot.alertsVersion),
            lte(patientAttention.messagesVersion, snapshot.messagesVersion),
          ),
        );
    },

    /**
     * Moves the clinic's rows whose day has ended to the patient's new today, and names the patients
     * whose attention must be computed again: their data or alerts changed, they have none yet, or
     * their new today lies beyond the stored days.
     */
    async due(clinicId: string, now: Date): Promise<string[]> {
      const at = now.toISOString();
      const result = await db.execute(sql`
        with ended as (
          select patient_id, cardinality(scores) as stored,
                 (${at}::timestamptz at time zone time_zone)::date - horizon_start + 1 as i
            from patient_attention
           where clinic_id = ${clinicId} and valid_until <= ${at}::timestamptz and horizon_start is not null
        ), moved as (
          update patient_attention a
             set valid_on = a.horizon_start + e.i - 1,
                 valid_until = ((a.horizon_start + e.i)::timestamp at time zone a.time_zone),
                 score = a.scores[e.i],
                 status = a.statuses[e.i]
            from ended e
           where a.patient_id = e.patient_id and e.i between 1 and e.stored
          returning a.patient_id
        )
        select patient_id::text as id from ended where not (i between 1 and stored)
        union
        select patient_id::text from patient_attention
         where clinic_id = ${clinicId}
           and (data_version <> wanted_data_version or alerts_version <> wanted_alerts_version
                or messages_version <> wanted_messages_version)`);
      return rowsOf(result).map((row) => String(row.id));
    },

    /**
     * Patients of every clinic whose attention must be computed again before their next reminder:
     * their data or alerts changed, they have none yet, or their stored days end before tomorrow in
     * their zone. At most `limit`, the longest waiting first.
     */
    async toRefresh(now: Date, limit: number): Promise<string[]> {
      const at = now.toISOString();
      const result = await db.execute(sql`
        select patient_id::text as id from patient_attention
         where data_version <> wanted_data_version or alerts_version <> wanted_alerts_version
            or messages_version <> wanted_messages_version
            or horizon_start is null
            or horizon_start + cardinality(scores) - 1 <= (${at}::timestamptz at time zone time_zone)::date + 1
         order by computed_at nulls first
         limit ${limit}`);
      return rowsOf(result).map((row) => String(row.id));
    },

    /**
     * One page of the clinic's list, most in need of attention first (score, then name, then id),
     * read in that order from an index. `rank` is the place in this list, filter and search applied.
     */
    async page(
      clinicId: string,
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
             and (sort_name, patient_id) > (${options.after.name}, ${options.after.id}::uuid)))`
        : sql`true`;
      // The page is chosen on the narrow columns first; only its rows read their day out of `days`.
      const result = await db.execute(sql`
        with page as (
          select patient_id, name, sort_name, score, valid_on - horizon_start as i, last_data_date, open_alerts
            from patient_attention
           where clinic_id = ${clinicId} and horizon_start is not null
             and ${search} and ${filterSql(options.filter)} and ${after}
           order by score desc nulls last, sort_name, patient_id
           limit ${options.limit}
        )
        select page.patient_id as id, page.name, page.sort_name, page.score, a.days -> page.i as day,
               page.last_data_date, page.open_alerts
          from page join patient_attention a on a.patient_id = page.patient_id
         order by page.score desc nulls last, page.sort_name, page.patient_id`);
      const first = options.after?.rank ?? 0;
      return rowsOf(result).map((row, index) => ({ ...toListRow(row), rank: first + index + 1 }));
    },
  };
}

export type AttentionRepository = ReturnType<typeof attentionRepository>;
