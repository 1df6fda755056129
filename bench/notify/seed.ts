import { reminderDayOf, reminderDecision } from '@minimus/core';
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
    if (reminderDecision(reminderDayOf(repos.planner.plan(state, today)), logged).send)
      return { id, timeZone };
  }
  throw new Error('no demo patient has a session due today');
}

/**
 * The source's attention row for each copy, labelled with the copy's data version: the copy's program
 * and history are the source's, so the engine plans its days the same (what the per-minute tick would
 * have stored). Alerts are not copied, so the rows are labelled out of date for alerts (the list would
 * recompute them); reminders read only the planned days.
 */
function attentionCopy(source: string): string {
  return `
    insert into patient_attention (patient_id, clinic_id, name, sort_name, time_zone, wanted_data_version,
      wanted_alerts_version, data_version, alerts_version, horizon_start, scores, statuses, days, valid_on,
      valid_until, score, status, last_data_date, open_alerts, computed_at)
    select copy.id, copy.clinic_id, copy.name, lower(copy.name), copy.time_zone, copy.data_version,
      copy.alerts_version, copy.data_version, -1, a.horizon_start, a.scores, a.statuses, a.days, a.valid_on,
      a.valid_until, a.score, a.status, a.last_data_date, a.open_alerts, a.computed_at
    from patient_attention a, patient copy where a.patient_id = ${source} and copy.user_id like 'bench-%';`;
}

/**
 * Copies a patient (account, program and whole history) `count` times with set-based SQL, each copy
 * with a daily reminder at `reminderTime` (their zone is the source's), and with the source's attention
 * row when `attention` is set; triggers are off meanwhile.
 */
export async function copyPatient(
  database: Database,
  sourceId: string,
  copies: { count: number; reminderTime: string; attention: boolean },
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
    ${copies.attention ? attentionCopy(source) : ''}
    set session_replication_role = origin;
  `);
}
