/**
 * Load on loopback: simulated patients each doing a day (plan, check-in, session log) over and over
 * for a fixed time, against two `minimus serve` instances behind nginx on one PostgreSQL database.
 * Prints requests, errors, p50 and p99 per request kind. Stops by itself and removes what it made
 * (servers, nginx, the temporary directory and the database). Run with `npx tsx bench/reliability/load.ts`.
 * Settings: LOAD_PATIENTS (200), LOAD_SECONDS (60), BENCH_POSTGRES_URL.
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
  const invitation = await post(`/api/v1/patients/${id}/invitations`, therapist, undefined);
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
const latencies: Record<Kind, number[]> = { plan: [], 'check-in': [], 'session-log': [] };
const errors: Record<Kind, number> = { plan: 0, 'check-in': 0, 'session-log': 0 };
const sent: Record<Kind, number> = { plan: 0, 'check-in': 0, 'session-log': 0 };
const errorSamples: string[] = [];

async function timed(kind: Kind, call: () => Promise<Response>): Promise<Response | null> {
  const started = performance.now();
  sent[kind] += 1;
  try {
    const response = await call();
    const text = await response.text();
    latencies[kind].push(performance.now() - started);
    if (response.ok) return new Response(text, { status: response.status });
    errors[kind] += 1;
    if (errorSamples.length < 5) errorSamples.push(`${kind} ${response.status} ${text.slice(0, 200)}`);
  } catch (error) {
    errors[kind] += 1;
    if (errorSamples.length < 5) errorSamples.push(`${kind} ${(error as Error).message}`);
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
async function day(patient: Patient): Promise<void> {
  const planResponse = await timed('plan', () =>
    fetch(`${BASE}/api/v1/patients/${patient.id}/plan`, { headers: { cookie: patient.cookie } }),
  );
  const plan = planResponse ? ((await planResponse.json()) as PlanBody) : null;
  const date = plan?.date ?? isoDay(0);
  const checkIn = { clientId: randomUUID(), date, nextMorningPain: 1, worstPain24h: 2, walkingPain: 1 };
  await timed('check-in', () => post(`/api/v1/patients/${patient.id}/check-ins`, patient.cookie, checkIn));
  const exercises = (plan?.exercises ?? []).map(({ exerciseId, prescription }) => ({
    exerciseId,
    sets: [{ reps: prescription.reps, holdSeconds: prescription.holdSeconds, loadKg: prescription.loadKg }],
    painScore: 1,
    stoppedEarly: false,
  }));
  if (exercises.length === 0) return;
  const log = { clientId: randomUUID(), date, baselinePain: 1, exercises };
  await timed('session-log', () => post(`/api/v1/patients/${patient.id}/session-logs`, patient.cookie, log));
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
    console.log(`${PATIENTS} patients, each doing a day over and over for ${SECONDS} s...`);
    const until = Date.now() + SECONDS * 1000;
    await Promise.all(
      patients.map(async (patient) => {
        while (Date.now() < until) await day(patient);
      }),
    );
    const rows = (Object.keys(latencies) as Kind[]).map((kind) => ({
      kind,
      requests: sent[kind],
      errors: errors[kind],
      'req/s': (sent[kind] / SECONDS).toFixed(1),
      'p50 ms': percentile(latencies[kind], 0.5).toFixed(1),
      'p99 ms': percentile(latencies[kind], 0.99).toFixed(1),
    }));
    console.log(
      `\n${PATIENTS} patients, ${SECONDS} s, 2 instances behind nginx, one PostgreSQL, loopback (Node ${process.version})`,
    );
    console.table(rows);
    for (const sample of errorSamples) console.log(`error: ${sample}`);
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
