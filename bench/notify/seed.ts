import { reminderDecision } from '@minimus/core';
import type { createRepositories, openPglite } from '@minimus/server';

type Database = Awaited<ReturnType<typeof openPglite>>;
type Repositories = ReturnType<typeof createRepositories>;

/** A demo patient whose plan today has a session due, so each copy's reminder is sent. */
export async function reminderReadyPatient(database: Database, repos: Repositories) {
  const { rows } = await database.executeSql('select id, time_zone from patient order by created_at', []);
  for (const row of rows) {
    const id = String(row.id);
    const timeZone = String(row.time_zone);
    const state = await repos.planner.state(id);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
    const logged = state.history.sessionLogs.filter((log) => log.date === today).length;
    if (reminderDecision(repos.planner.plan(state, today), logged).send) return { id, timeZone };
  }
  throw new Error('no demo patient has a session due today');
}

/**
 * Copies a patient (account, program and whole history) `count` times with set-based SQL, each copy
 * with a daily reminder at `reminderTime` (their zone is the source's); triggers are off meanwhile.
 */
export async function copyPatient(
  database: Database,
  sourceId: string,
  copies: { count: number; reminderTime: string },
): Promise<void> {
  const source = `'${sourceId.replace(/'/g, "''")}'`;
  // Triggers off while copying (as the dashboard bench does): the versions and announcements they
  // raise matter to running servers only, and on PGlite they would cost minutes for a large copy.
  await database.executeSql(`
    set session_replication_role = replica;
    insert into "user" (id, name, email, role, clinic_id)
    select 'bench-' || n, 'Patient ' || n, 'bench-' || n || '@example.org', 'patient', p.clinic_id
    from patient p, generate_series(1, ${copies.count}) n where p.id = ${source};
    insert into patient (clinic_id, user_id, therapist_id, name, time_zone)
    select p.clinic_id, u.id, p.therapist_id, u.name, p.time_zone
    from patient p, "user" u where p.id = ${source} and u.id like 'bench-%';
    insert into program_version (patient_id, version, program, kind, reason, author_id, author_name)
    select copy.id, v.version, v.program, v.kind, v.reason, v.author_id, v.author_name
    from program_version v, patient copy where v.patient_id = ${source} and copy.user_id like 'bench-%';
    insert into check_in (patient_id, client_id, date, next_morning_pain, worst_pain_24h, walking_pain)
    select copy.id, gen_random_uuid(), c.date, c.next_morning_pain, c.worst_pain_24h, c.walking_pain
    from check_in c, patient copy where c.patient_id = ${source} and copy.user_id like 'bench-%';
    insert into session_log (id, patient_id, client_id, date, stamp, baseline_pain, exercises)
    select gen_random_uuid(), copy.id, gen_random_uuid(), s.date, s.stamp, s.baseline_pain, s.exercises
    from session_log s, patient copy where s.patient_id = ${source} and copy.user_id like 'bench-%';
    insert into notification_preference (user_id, reminder_time)
    select id, '${copies.reminderTime}'::time from "user" where id like 'bench-%';
    set session_replication_role = origin;
  `);
}
