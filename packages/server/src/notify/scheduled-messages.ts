import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { rowsOf } from '../db/rows.js';

/** How far back a tick looks for a due time, so a late or missed minute still sends (once). */
export const CATCH_UP_MINUTES = 15;

/** A patient's message due on a local date: the reminder, or the weekly progress note. */
export interface DuePatientMessage {
  patientId: string;
  localDate: string;
}

const asDue = (row: Record<string, unknown>): DuePatientMessage => ({
  patientId: String(row.patient_id),
  localDate: String(row.local_date),
});

/**
 * Patients whose reminder time, read in their own time zone on their local date, fell in the
 * `CATCH_UP_MINUTES` up to `at`. PostgreSQL turns a local time into an instant by the zone's rules of
 * that date, so daylight-saving changes move the instant and not the wall-clock time (a time that does
 * not exist on the spring-forward night is sent at the same offset after the gap).
 */
export async function dueReminders(db: Database, at: Date): Promise<DuePatientMessage[]> {
  const result = await db.execute(sql`
    select p.id as patient_id, to_char(local.day, 'YYYY-MM-DD') as local_date
    from notification_preference np
    join patient p on p.user_id = np.user_id
    join "user" u on u.id = p.user_id and u.active
    cross join lateral (
      select ((${at}::timestamptz at time zone p.time_zone)::date - back.days) as day
      from (values (0), (1)) as back(days)
    ) local
    where np.reminder_time is not null
      and ((local.day + np.reminder_time) at time zone p.time_zone)
        between ${at}::timestamptz - make_interval(mins => ${CATCH_UP_MINUTES}) and ${at}::timestamptz`);
  return rowsOf(result).map(asDue);
}

/** Weekly progress notes go out on Sundays at 18:00 in the patient's zone, to those who asked for them. */
export async function dueWeeklyNotes(db: Database, at: Date): Promise<DuePatientMessage[]> {
  const result = await db.execute(sql`
    select p.id as patient_id, to_char(local.day, 'YYYY-MM-DD') as local_date
    from notification_preference np
    join patient p on p.user_id = np.user_id
    join "user" u on u.id = p.user_id and u.active
    cross join lateral (
      select ((${at}::timestamptz at time zone p.time_zone)::date - back.days) as day
      from (values (0), (1)) as back(days)
    ) local
    where np.weekly_note and extract(isodow from local.day) = 7
      and ((local.day + time '18:00') at time zone p.time_zone)
        between ${at}::timestamptz - make_interval(mins => ${CATCH_UP_MINUTES}) and ${at}::timestamptz`);
  return rowsOf(result).map(asDue);
}

/** A therapist whose digest hour has come, with the pending digest notifications it covers. */
export interface DueDigest {
  therapistId: string;
  localDate: string;
  notificationIds: string[];
  patientCount: number;
}

/**
 * Therapists with alerts waiting for the digest whose chosen hour (in their zone; 08:00 UTC unless
 * they chose) fell in the catch-up window up to `at`.
 */
export async function dueDigests(db: Database, at: Date): Promise<DueDigest[]> {
  const result = await db.execute(sql`
    select n.therapist_id, to_char(local.day, 'YYYY-MM-DD') as local_date,
      array_agg(n.id::text) as notification_ids, count(distinct a.patient_id) as patient_count
    from therapist_notification n
    join alert a on a.id = n.alert_id
    left join notification_preference np on np.user_id = n.therapist_id
    cross join lateral (
      select coalesce(np.time_zone, 'UTC') as zone, coalesce(np.digest_hour, 8) as hour
    ) wish
    cross join lateral (
      select ((${at}::timestamptz at time zone wish.zone)::date - back.days) as day
      from (values (0), (1)) as back(days)
    ) local
    where n.urgency = 'digest' and n.dispatched_at is null
      and ((local.day + make_time(wish.hour, 0, 0)) at time zone wish.zone)
        between ${at}::timestamptz - make_interval(mins => ${CATCH_UP_MINUTES}) and ${at}::timestamptz
    group by n.therapist_id, local.day`);
  return rowsOf(result).map((row) => ({
    therapistId: String(row.therapist_id),
    localDate: String(row.local_date),
    notificationIds: parseTextArray(row.notification_ids),
    patientCount: Number(row.patient_count),
  }));
}

/** Immediate notifications not yet turned into messages (normally only for a moment after the write). */
export async function pendingImmediate(db: Database): Promise<string[]> {
  const result = await db.execute(sql`
    select id::text as id from therapist_notification
    where urgency = 'immediate' and dispatched_at is null order by created_at limit 500`);
  return rowsOf(result).map((row) => String(row.id));
}

export async function markDispatched(db: Database, notificationIds: readonly string[]): Promise<void> {
  if (notificationIds.length === 0) return;
  await db.execute(sql`
    update therapist_notification set dispatched_at = now()
    where id = any(${`{${notificationIds.join(',')}}`}::uuid[]) and dispatched_at is null`);
}

/** node-postgres parses a text[] to an array; PGlite may too, or answer the literal `{a,b}`. */
function parseTextArray(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string')
    return value
      .replace(/^\{|\}$/g, '')
      .split(',')
      .filter(Boolean);
  return [];
}
