/**
 * Bulk seeding for the dashboard benchmark: a handful of 180-day courses played by the engine's course
 * simulator (so every log carries the plan it followed), each ending a few days before today, copied
 * to thousands of patients with set-based SQL. Triggers are off while seeding (the data versions they
 * raise only matter to running servers); the attention snapshots are left for the list to build.
 */
import {
  type Alert,
  addDays,
  courseEndingOn,
  GLUTEUS_MINIMUS_PROTOCOL,
  type History,
  type IsoDate,
  type Program,
  recoveringStrain,
  simulateCourse,
  strainWithSetback,
  tendinopathyCourse,
} from '@minimus/core';
import type pg from 'pg';

export const COURSE_DAYS = 180;
const SCENARIOS = [recoveringStrain, strainWithSetback, tendinopathyCourse];
/** Days since the last data, per template: most patients logged yesterday or today, some fell silent. */
const QUIET_OFFSETS = [0, 0, 1, 1, 2, 4, 6, 10];
const FIRST = ['Ana', 'Bruno', 'Carla', 'David', 'Elena', 'Fátima', 'Gabriel', 'Hugo', 'Irene', 'Jorge'];
const FIRST_MORE = [
  'Laura',
  'Mateo',
  'Nuria',
  'Óscar',
  'Paula',
  'Rubén',
  'Sara',
  'Tomás',
  'Úrsula',
  'Víctor',
];
const LAST = [
  'García',
  'Martín',
  'López',
  'Sánchez',
  'Pérez',
  'Gómez',
  'Fernández',
  'Díaz',
  'Moreno',
  'Muñoz',
];
const LAST_MORE = [
  'Álvarez',
  'Romero',
  'Navarro',
  'Torres',
  'Ramos',
  'Gil',
  'Serrano',
  'Molina',
  'Blanco',
  'Suárez',
];

interface Template {
  program: Program;
  history: History;
  alerts: Alert[];
}

/** One simulated course per scenario and silence, its alerts kept once per key as the server does. */
export function buildTemplates(today: IsoDate): Template[] {
  const templates: Template[] = [];
  for (const scenario of SCENARIOS) {
    for (const quiet of QUIET_OFFSETS) {
      const course = simulateCourse(
        courseEndingOn(scenario(GLUTEUS_MINIMUS_PROTOCOL), COURSE_DAYS, addDays(today, -quiet)),
      );
      const alerts = new Map<string, Template['alerts'][number]>();
      for (const plan of course.plans) {
        for (const alert of plan.alerts) if (alert.notifyTherapist) alerts.set(alert.key, alert);
      }
      templates.push({ program: course.program, history: course.history, alerts: [...alerts.values()] });
    }
  }
  return templates;
}

/** The seeding statements, run in order; where they take parameters, `$1` is the clinic and `$2` the therapist. */
const STATEMENTS = [
  `insert into "user" (id, name, email, role, clinic_id)
     select 'bench-' || n, name, 'bench-' || n || '@bench.minimus.example', 'patient', $1
       from bench_person where $2::text is not null`,
  `insert into patient (id, clinic_id, user_id, therapist_id, name, time_zone)
     select bp.patient_id, $1, 'bench-' || bp.n, $2, bp.name, t.program->>'timeZone'
       from bench_person bp join bench_template t on t.template = bp.template`,
  `insert into program_version (patient_id, version, program, kind, reason, author_id, author_name)
     select bp.patient_id, 1, t.program, 'created', 'Benchmark program', $2, 'Benchmark therapist'
       from bench_person bp join bench_template t on t.template = bp.template where $1::text is not null`,
  `insert into session_log (patient_id, client_id, date, stamp, baseline_pain, exercises)
     select bp.patient_id, gen_random_uuid(), (e->>'date')::date, e->'stamp', (e->>'baselinePain')::int, e->'exercises'
       from bench_person bp join bench_template t on t.template = bp.template,
            jsonb_array_elements(t.history->'sessionLogs') e`,
  `insert into check_in (patient_id, client_id, date, next_morning_pain, worst_pain_24h, walking_pain)
     select bp.patient_id, gen_random_uuid(), (e->>'date')::date, (e->>'nextMorningPain')::int,
            (e->>'worstPain24h')::int, (e->>'walkingPain')::int
       from bench_person bp join bench_template t on t.template = bp.template,
            jsonb_array_elements(t.history->'checkIns') e`,
  `insert into screen (patient_id, client_id, kind, date, answers)
     select bp.patient_id, gen_random_uuid(), s.kind, (e->>'date')::date, e->'answers'
       from bench_person bp join bench_template t on t.template = bp.template,
            lateral (values ('red-flag', t.history->'redFlagScreens'), ('tendinopathy', t.history->'tendinopathyScreens'),
                            ('falls', t.history->'fallsScreens'), ('maintenance-check-in', t.history->'maintenanceCheckIns'))
              as s(kind, entries),
            jsonb_array_elements(s.entries) e`,
  `insert into psfs_entry (patient_id, client_id, date, activities)
     select bp.patient_id, gen_random_uuid(), (e->>'date')::date, e->'activities'
       from bench_person bp join bench_template t on t.template = bp.template,
            jsonb_array_elements(t.history->'psfs') e`,
  `insert into alert (patient_id, key, kind, severity, date, rule_id, message, therapist_message,
                      physician_message, notify_therapist, status)
     select bp.patient_id, e->>'key', e->>'kind', e->>'severity', (e->>'date')::date, e->>'ruleId', e->'message',
            e->'therapistMessage', nullif(e->'physicianMessage', 'null'::jsonb), true,
            case when (e->>'date')::date < current_date - 14 then 'acknowledged' else 'open' end
       from bench_person bp join bench_template t on t.template = bp.template,
            jsonb_array_elements(t.alerts) e`,
  // The trigger that gives every patient an attention row is off while seeding: give them one here.
  `insert into patient_attention
     (patient_id, clinic_id, name, sort_name, time_zone, wanted_data_version, wanted_alerts_version)
     select id, clinic_id, name, lower(name), time_zone, data_version, alerts_version from patient p
      where not exists (select 1 from patient_attention a where a.patient_id = p.id)`,
];

/** Seeds `count` patients into the clinic; returns the number of rows written per table. */
export async function seedClinic(
  client: pg.Client,
  input: { clinicId: string; therapistId: string; count: number; today: IsoDate },
): Promise<Record<string, number>> {
  const templates = buildTemplates(input.today);
  await client.query('set session_replication_role = replica');
  await client.query(
    'create temporary table bench_template (template int primary key, program jsonb, history jsonb, alerts jsonb)',
  );
  for (const [index, template] of templates.entries()) {
    await client.query('insert into bench_template values ($1, $2, $3, $4)', [
      index,
      JSON.stringify(template.program),
      JSON.stringify(template.history),
      JSON.stringify(template.alerts),
    ]);
  }
  const names = FIRST.concat(FIRST_MORE).flatMap((first) =>
    LAST.concat(LAST_MORE).flatMap((last) =>
      LAST.concat(LAST_MORE).map((second) => `${first} ${last} ${second}`),
    ),
  );
  await client.query(
    `create temporary table bench_person as
       select n, gen_random_uuid() as patient_id, (n * 7919) % $1 as template, ($2::text[])[1 + (n % $3)] as name
         from generate_series(0, $4 - 1) n`,
    [templates.length, names, names.length, input.count],
  );
  const counts: Record<string, number> = {};
  for (const statement of STATEMENTS) {
    const table = /insert into "?(\w+)"?/.exec(statement)?.[1] ?? '?';
    const params = statement.includes('$2') ? [input.clinicId, input.therapistId] : [];
    const result = await client.query(statement, params);
    counts[table] = (counts[table] ?? 0) + (result.rowCount ?? 0);
  }
  await client.query('set session_replication_role = origin');
  await client.query('analyze');
  return counts;
}
