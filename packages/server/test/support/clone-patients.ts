import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.js';

/**
 * Copies one patient (account, program, check-ins) `count` times in a few statements, each copy with
 * a daily reminder at `reminderTime` in `timeZone`: enough patients for a load of reminders without
 * registering each through the API. Returns the copies' email addresses.
 */
export async function clonePatients(
  db: Database,
  source: { patientId: string },
  copies: { count: number; tag: string; timeZone: string; reminderTime: string },
): Promise<string[]> {
  const prefix = `clone-${copies.tag}-`;
  await db.execute(sql`
    insert into "user" (id, name, email, role, clinic_id)
    select ${prefix} || n, 'Patient ' || n, ${prefix} || n || '@example.org', 'patient', p.clinic_id
    from patient p, generate_series(1, ${copies.count}) n where p.id = ${source.patientId}`);
  await db.execute(sql`
    insert into patient (clinic_id, user_id, therapist_id, name, time_zone)
    select p.clinic_id, u.id, p.therapist_id, u.name, ${copies.timeZone}
    from patient p, "user" u where p.id = ${source.patientId} and u.id like ${`${prefix}%`}`);
  await db.execute(sql`
    insert into program_version (patient_id, version, program, kind, reason, author_id, author_name)
    select copy.id, v.version, jsonb_set(v.program, '{timeZone}', to_jsonb(${copies.timeZone}::text)),
      v.kind, v.reason, v.author_id, v.author_name
    from program_version v, patient copy
    where v.patient_id = ${source.patientId} and copy.user_id like ${`${prefix}%`}`);
  await db.execute(sql`
    insert into check_in (patient_id, client_id, date, next_morning_pain, worst_pain_24h, walking_pain)
    select copy.id, gen_random_uuid(), c.date, c.next_morning_pain, c.worst_pain_24h, c.walking_pain
    from check_in c, patient copy
    where c.patient_id = ${source.patientId} and copy.user_id like ${`${prefix}%`}`);
  await db.execute(sql`
    insert into notification_preference (user_id, reminder_time)
    select id, ${copies.reminderTime}::time from "user" where id like ${`${prefix}%`}`);
  return Array.from({ length: copies.count }, (_, index) => `${prefix}${index + 1}@example.org`);
}
