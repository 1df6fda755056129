/**
 * Dashboard benchmark: the clinician's patient list with 5,000 patients and 180 days of data each on
 * PostgreSQL. Creates its own database (`minimus_bench_dashboard`, dropped at the end), migrates it,
 * seeds the demo clinic and bulk-copies simulated courses into it, starts the real server, signs in the
 * demo therapist and times the list: the first request (which builds every attention snapshot), then
 * the first page, a filtered search and a second page, each a bounded number of sequential requests
 * with p50/p95/p99. Target: p95 <= 50 ms. Run with `npm run bench:dashboard`; DATABASE_URL names
 * another server's admin database, PATIENTS another clinic size. KEEP_DATABASE=1 keeps the seeded
 * database at the end and reuses it on the next run (drop it by hand afterwards).
 */
import pg from 'pg';
import { runMinimus, startServer } from '../minimus-process.js';
import { COURSE_DAYS, seedClinic } from './seed.js';

const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'minimus_bench_dashboard';
const PATIENTS = Number(process.env.PATIENTS ?? 5000);
const REQUESTS = 300;
const PORT = 3481;
const BASE = `http://127.0.0.1:${PORT}`;
const KEEP = process.env.KEEP_DATABASE === '1';
const THERAPIST = { email: 'therapist@demo.minimus.example', password: 'minimus-demo-2026' };

function databaseUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function seed(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const found = await client.query<{ clinic_id: string; id: string }>(
      `select clinic_id, id from "user" where email = $1`,
      [THERAPIST.email],
    );
    const therapist = found.rows[0];
    if (!therapist) throw new Error('the demo therapist is missing');
    const started = performance.now();
    const today = new Date().toISOString().slice(0, 10);
    const counts = await seedClinic(client, {
      clinicId: therapist.clinic_id,
      therapistId: therapist.id,
      count: PATIENTS,
      today,
    });
    console.log(`Seeded ${PATIENTS} patients x ${COURSE_DAYS} days in ${seconds(started)}:`, counts);
  } finally {
    await client.end();
  }
}

async function signIn(): Promise<string> {
  const response = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: BASE },
    body: JSON.stringify(THERAPIST),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}

interface ListPage {
  items: { name: string; attention: { rank: number; reasons: { code: string }[] } }[];
  nextCursor: string | null;
}

async function list(cookie: string, query: string): Promise<{ page: ListPage; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${BASE}/api/v1/patients?${query}`, { headers: { cookie } });
  const page = (await response.json()) as ListPage;
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`list ${query} answered ${response.status}`);
  return { page, ms };
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

function percentile(sorted: readonly number[], share: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
  return Math.round(value * 10) / 10;
}

async function measure(cookie: string, name: string, query: string) {
  await list(cookie, query);
  const times: number[] = [];
  for (let request = 0; request < REQUESTS; request += 1) times.push((await list(cookie, query)).ms);
  times.sort((left, right) => left - right);
  const p95 = percentile(times, 0.95);
  return {
    query: name,
    requests: REQUESTS,
    'p50 ms': percentile(times, 0.5),
    'p95 ms': p95,
    'p99 ms': percentile(times, 0.99),
    'p95 <= 50 ms': p95 <= 50 ? 'yes' : 'NO',
  };
}

async function bench(seeded: boolean): Promise<void> {
  const env = { PORT: String(PORT), DATABASE_URL: databaseUrl(), PUBLIC_URL: BASE, LOG_LEVEL: 'error' };
  await runMinimus(['migrate'], env);
  if (!seeded) {
    await runMinimus(['demo'], env);
    await seed(env.DATABASE_URL);
  }
  const server = await startServer(env, BASE);
  try {
    const cookie = await signIn();
    const started = performance.now();
    const first = await list(cookie, 'limit=50');
    console.log(`First list, building ${PATIENTS + 3} attention snapshots: ${seconds(started)}`);
    // Building changed every row; let the planner see the table as autovacuum would shortly after.
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query('analyze patient_attention');
    await client.end();
    const top = first.page.items
      .slice(0, 3)
      .map((item) => `${item.name}: ${item.attention.reasons[0]?.code}`);
    console.log(`Top of the list: ${top.join('; ')}`);
    const second = first.page.nextCursor ? `limit=50&cursor=${first.page.nextCursor}` : 'limit=50';
    const rows = [
      await measure(cookie, 'first page (50)', 'limit=50'),
      await measure(cookie, 'needing attention, name search "mar"', 'limit=50&filter=attention&query=mar'),
      await measure(cookie, 'suspended programs', 'limit=50&filter=suspended'),
      await measure(cookie, 'second page (cursor)', second),
    ];
    console.log(`\nPatient list, ${PATIENTS} patients, PostgreSQL, sequential requests on loopback`);
    console.table(rows);
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

console.log(`Dashboard benchmark (Node ${process.version}), database ${DATABASE}`);
async function databaseExists(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return (await client.query('select 1 from pg_database where datname = $1', [DATABASE])).rowCount === 1;
  } finally {
    await client.end();
  }
}

const reuse = KEEP && (await databaseExists());
if (!reuse) {
  await admin(`drop database if exists ${DATABASE} with (force)`);
  await admin(`create database ${DATABASE}`);
}
try {
  await bench(reuse);
} finally {
  if (!KEEP) await admin(`drop database if exists ${DATABASE} with (force)`);
}
