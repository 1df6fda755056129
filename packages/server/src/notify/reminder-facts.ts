import type { ReminderDay } from '@minimus/core';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { rowsOf } from '../db/rows.js';

/** What a batch of reminders needs to know of one patient's local date, read in one statement. */
export interface ReminderFacts {
  patientId: string;
  userId: string;
  localDate: string;
  /** The day as the patient's current attention row planned it, or null when that row cannot say. */
  day: ReminderDay | null;
  sessionsLogged: number;
}

function dayOf(value: unknown): ReminderDay | null {
  const day = typeof value === 'string' ? JSON.parse(value) : value;
  if (!day || typeof day !== 'object') return null;
  const { status, sessionDue } = day as { status?: unknown; sessionDue?: unknown };
  if (typeof sessionDue !== 'boolean') return null;
  if (
    status !== 'active' &&
    status !== 'suspended' &&
    status !== 'discharged' &&
    status !== 'awaiting-confirmation'
  )
    return null;
  return { status, sessionDue };
}

/**
 * The facts of each reminder in one statement: the patient's account, the sessions logged on the
 * date, and the day's plan as stored in the attention row (ADR 0006) when that row is current (computed
 * from the data version the patient has now) and its days reach the date. The engine reads nothing
 * else, so a current row plans that day exactly as a fresh read of the history would; a reminder
 * without one plans the day from the history.
 */
export async function reminderFacts(
  db: Database,
  due: readonly { patientId: string; localDate: string }[],
): Promise<Map<string, ReminderFacts>> {
  if (due.length === 0) return new Map();
  const ids = `{${due.map((entry) => entry.patientId).join(',')}}`;
  const dates = `{${due.map((entry) => entry.localDate).join(',')}}`;
  const result = await db.execute(sql`
    select p.id::text as patient_id, p.user_id, to_char(j.local_date, 'YYYY-MM-DD') as local_date,
      case when a.data_version = p.data_version
                and j.local_date - a.horizon_start between 0 and jsonb_array_length(a.days) - 1
           then a.days -> (j.local_date - a.horizon_start) end as day,
      (select count(*) from session_log s where s.patient_id = p.id and s.date = j.local_date) as logged
    from unnest(${ids}::uuid[], ${dates}::date[]) as j(patient_id, local_date)
    join patient p on p.id = j.patient_id
    left join patient_attention a on a.patient_id = p.id`);
  const facts = new Map<string, ReminderFacts>();
  for (const row of rowsOf(result)) {
    const entry: ReminderFacts = {
      patientId: String(row.patient_id),
      userId: String(row.user_id),
      localDate: String(row.local_date),
      day: dayOf(row.day),
      sessionsLogged: Number(row.logged),
    };
    facts.set(`${entry.patientId}/${entry.localDate}`, entry);
  }
  return facts;
}
