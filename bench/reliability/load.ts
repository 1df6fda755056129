/**
 * Load on loopback against two `minimus serve` instances behind nginx on one PostgreSQL database, in
 * two phases, each printing requests, errors, p50 and p99 per request kind:
 * - saturation: every simulated patient does a day (plan, check-in, session log) over and over without
 *   a pause, for LOAD_SECONDS. What it measures is throughput: with N clients that never wait, a
 *   request's time is about N divided by the requests served a second (Little's law).
 * - paced: patients' days start at a fixed rate (LOAD_DAYS_PER_SECOND, open loop: a day starts on time
 *   whether or not earlier ones have finished), for LOAD_SECONDS. What it measures is the latency
 *   people see at that rate.
 * Stops by itself and removes what it made (servers, nginx, the temporary directory and the database).
 * Run with `npm run bench:reliability:load`. Settings: LOAD_PATIENTS (200), LOAD_SECONDS (60),
 * LOAD_DAYS_PER_SECOND (60, three requests each), BENCH_POSTGRES_URL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runMinimus, startServer } from '../minimus-process.js';

const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PATIENTS = Number(process.env.LOAD_PATIENTS ?? 200);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const DAYS_PER_SECOND = Number(process.env.LOAD_DAYS_PER_SECOND ?? 60);
const PORTS = { nginx: 3481, first: 3482, second: 3483 };
const BASE = `http://127.0.0.1:${PORTS.nginx}`;
const DEMO = { email: 'therapist@demo.minimus.example', password: 'minimus-demo-2026' };

function nginxConfig(dir: string): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  upstream minimus { server 127.0.0.1:${PORTS.first}; server 127.0.0.1:${PORTS.second}; keepalive 64; }
  server {
    listen 127.0.0.1:${PORTS.nginx};
    location / {
      proxy_pass http://minimus;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`;
}

async function post(path: string, cookie: string, body: unknown): Promise<Response> {
  return fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

interface Patient {
  id: string;
  cookie: string;
}

/** A patient registered by the demo therapist, signed in on their phone and out of the rest phase. */
async function registerPatient(therapist: string): Promise<Patient> {
  const created = await post('/api/v1/patients', therapist, {
    name: `Load ${randomUUID().slice(0, 8)}`,
    email: `${randomUUID()}@load.example`,
    injuryDate: isoDay(30),
    side: 'right',
    timeZone: 'UTC',
  });
  const { id } = (await created.json()) as { id: string };
  // The therapist confirms the program from its first day, as protocol 2.0 asks before exercises start.
  await post(`/api/v1/patients/${id}/program/changes`, therapist, {
    kind: 'sign-off',
    signOff: 'program-confirmed',
    reason: 'Onboarding answers reviewed',
    effectiveFrom: isoDay(30),
  });
  const invitation = await post(`/api/v1/patients/${id}/invitations`, therapist, { sendEmail: false });
  if (!invitation.ok) throw new Error(`invitation: ${invitation.status} ${await invitation.text()}`);
  const token = ((await invitation.json()) as { url: string }).url.split('/').at(-1) ?? '';
  const accepted = await post(`/api/v1/invitations/${token}/accept`, '', {
    password: 'load test password 1',
  });
  const cookie = cookieOf(accepted);
  const checkIn = { date: isoDay(26), nextMorningPain: 1, worstPain24h: 1, walkingPain: 1 };
  await post(`/api/v1/patients/${id}/check-ins`, cookie, { clientId: randomUUID(), ...checkIn });
  return { id, cookie };
}

type Kind = 'plan' | 'check-in' | 'session-log';
const KINDS: readonly Kind[] = ['plan', 'check-in', 'session-log'];

/** What one phase saw: requests sent, failed and their times, by kind. */
class Tally {
  readonly latencies: Record<Kind, number[]> = { plan: [], 'check-in': [], 'session-log': [] };
  readonly errors: Record<Kind, number> = { plan: 0, 'check-in': 0, 'session-log': 0 };
  readonly sent: Record<Kind, number> = { plan: 0, 'check-in': 0, 'session-log': 0 };
  readonly errorSamples: string[] = [];

  print(title: string, seconds: number): { p99: number; errors: number } {
    const rows = KINDS.map((kind) => ({
      kind,
      requests: this.sent[kind],
      errors: this.errors[kind],
      'req/s': (this.sent[kind] / seconds).toFixed(1),
      'p50 ms': percentile(this.latencies[kind], 0.5).toFixed(1),
      'p99 ms': percentile(this.latencies[kind], 0.99).toFixed(1),
    }));
    console.log(`\n${title}`);
    console.table(rows);
    for (const sample of this.errorSamples) console.log(`error: ${sample}`);
    return {
      p99: Math.max(...KINDS.map((kind) => percentile(this.latencies[kind], 0.99))),
      errors: KINDS.reduce((sum, kind) => sum + this.errors[kind], 0),
    };
  }
}

async function timed(tally: Tally, kind: Kind, call: () => Promise<Response>): Promise<Response | null> {
  const started = performance.now();
  tally.sent[kind] += 1;
  try {
    const response = await call();
    const text = await response.text();
    tally.latencies[kind].push(performance.now() - started);
    if (response.ok) return new Response(text, { status: response.status });
    tally.errors[kind] += 1;
    if (tally.errorSamples.length < 5)
      tally.errorSamples.push(`${kind} ${response.status} ${text.slice(0, 200)}`);
  } catch (error) {
    tally.errors[kind] += 1;
    if (tally.errorSamples.length < 5) tally.errorSamples.push(`${kind} ${(error as Error).message}`);
  }
  return null;
}

interface PlanBody {
  date: string;
  exercises: {
    exerciseId: string;
    prescription: { reps: number | null; holdSeconds: number | null; loadKg: number };
  }[];
}

/** One patient's day: read the plan, check in, log the session the plan asks for. */
async function day(tally: Tally, patient: Patient): Promise<void> {
  const planResponse = await timed(tally, 'plan', () =>
    fetch(`${BASE}/api/v1/patients/${patient.id}/plan`, { headers: { cookie: patient.cookie } }),
  );
  const plan = planResponse ? ((await planResponse.json()) as PlanBody) : null;
  const date = plan?.date ?? isoDay(0);
  const checkIn = { clientId: randomUUID(), date, nextMorningPain: 1, worstPain24h: 2, walkingPain: 1 };
  await timed(tally, 'check-in', () =>
    post(`/api/v1/patients/${patient.id}/check-ins`, patient.cookie, checkIn),
  );
  const exercises = (plan?.exercises ?? []).map(({ exerciseId, prescription }) => ({
    exerciseId,
    sets: [{ reps: prescription.reps, holdSeconds: prescription.holdSeconds, loadKg: prescription.loadKg }],
    painScore: 1,
    stoppedEarly: false,
  }));
  if (exercises.length === 0) return;
  const log = { clientId: randomUUID(), date, baselinePain: 1, exercises };
  await timed(tally, 'session-log', () =>
    post(`/api/v1/patients/${patient.id}/session-logs`, patient.cookie, log),
  );
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

async function inBatches<T>(count: number, size: number, make: () => Promise<T>): Promise<T[]> {
  const made: T[] = [];
  while (made.length < count) {
    made.push(...(await Promise.all(Array.from({ length: Math.min(size, count - made.length) }, make))));
  }
  return made;
}

async function main(): Promise<void> {
  const database = `minimus_load_${process.pid}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  const dir = mkdtempSync(join(tmpdir(), 'minimus-load-'));
  const children: ChildProcess[] = [];
  try {
    const env = {
      DATABASE_URL: url.toString(),
      PUBLIC_URL: BASE,
      LOG_LEVEL: 'error',
      MINIMUS_TRUST_PROXY: 'loopback',
    };
    await runMinimus(['migrate'], { ...env, PORT: String(PORTS.first) });
    await runMinimus(['demo'], { ...env, PORT: String(PORTS.first) });
    for (const port of [PORTS.first, PORTS.second])
      children.push(await startServer({ ...env, PORT: String(port) }, `http://127.0.0.1:${port}`));
    writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir));
    const nginx = spawn('/usr/sbin/nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
    children.push(nginx);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const therapist = cookieOf(await post('/api/auth/sign-in/email', '', DEMO));
    console.log(`Registering ${PATIENTS} patients through nginx...`);
    const patients = await inBatches(PATIENTS, 8, () => registerPatient(therapist));
    const setting = `${PATIENTS} patients, ${SECONDS} s, 2 instances behind nginx, one PostgreSQL, loopback (Node ${process.version})`;

    console.log(`Saturation: ${PATIENTS} patients, each doing a day over and over for ${SECONDS} s...`);
    const saturation = new Tally();
    const until = Date.now() + SECONDS * 1000;
    await Promise.all(
      patients.map(async (patient) => {
        while (Date.now() < until) await day(saturation, patient);
      }),
    );
    const served = KINDS.reduce((sum, kind) => sum + saturation.sent[kind], 0) / SECONDS;
    saturation.print(
      `Saturation, clients never pausing: ${setting}; ${served.toFixed(0)} requests a second`,
      SECONDS,
    );

    console.log(`\nPaced: ${DAYS_PER_SECOND} patient days a second for ${SECONDS} s...`);
    const paced = new Tally();
    const started: Promise<void>[] = [];
    const start = performance.now();
    for (let index = 0; index < DAYS_PER_SECOND * SECONDS; index += 1) {
      const due = start + (index * 1000) / DAYS_PER_SECOND;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      started.push(day(paced, patients[index % patients.length] as Patient));
    }
    await Promise.all(started);
    const result = paced.print(
      `Paced, ${DAYS_PER_SECOND} days a second (${DAYS_PER_SECOND * 3} requests a second offered): ${setting}`,
      SECONDS,
    );
    console.log(
      `paced p99 (worst kind): ${result.p99.toFixed(0)} ms at ${DAYS_PER_SECOND * 3} req/s, ${result.errors} errors`,
    );
  } finally {
    for (const child of children.reverse()) child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    rmSync(dir, { recursive: true, force: true });
    const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await cleanup.end();
  }
}

await main();
