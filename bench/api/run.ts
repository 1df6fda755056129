/**
 * API benchmark on loopback: the plan endpoint and writing session logs, each beside the bare health
 * route in the same run, on the embedded database (PGlite) and on PostgreSQL. `GET /api/v1/me` (signed in,
 * no patient data, so no audit row) shows what the session check and the API's middleware cost alone.
 * Writes are measured three ways (see spread-writes.ts): spread over many patients with each log sent on
 * its day (what a clinic's phones send: the realistic case), spread over many patients with each log a
 * month late, and all on one patient whose history grows with every request (the worst case). The last
 * line, `write/read: pglite X postgres Y`, is the on-the-day write's rate over the plan read's.
 * Prints requests per second, p50 and p99 latency, the ratio to the health route, and the server's CPU
 * time per request (all its threads, from /proc on Linux). Each route is warmed for 1 s first, then
 * loaded for 5 s (the on-the-day writes: yesterday's logs warm up, today's are measured), against
 * 127.0.0.1 only; the servers it starts are stopped at the end.
 * Run with `npm run bench:api`.
 */
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { runMinimus, startServer } from '../minimus-process.js';
import { prepareSession, type SignedIn } from './session.js';
import {
  type NextWrite,
  prepareMonthLateWrites,
  prepareOnTheDayWrites,
  SPREAD_PATIENTS,
} from './spread-writes.js';
import { embeddedTarget, postgresTarget, type Target } from './targets.js';

const CONNECTIONS = 10;
/** Each load runs this long and then stops, so the number of requests stays bounded. */
const SECONDS = 5;
const WARM_UP_SECONDS = 1;

interface Row {
  route: string;
  'req/s': string;
  'p50 ms': number;
  'p99 ms': number;
  errors: number;
  'vs health': string;
  'server CPU µs/req': string;
}

/** Linux counts process CPU time in ticks of 1/100 s. */
const CLOCK_TICKS = 100;

/** CPU time a process has used so far, in microseconds (Linux), or null where /proc is missing. */
function cpuMicros(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1_000_000) / CLOCK_TICKS : null;
  } catch {
    return null;
  }
}

interface Load {
  result: autocannon.Result;
  /** The server's CPU time per request in µs, or null where it cannot be read. */
  cpuPerRequest: number | null;
}

/**
 * Warms a route up, then loads it for SECONDS. With `warmUp` and `measured` given, each pass instead
 * sends exactly that many requests (writes that each use up a prepared patient-day).
 */
async function load(
  name: string,
  server: ChildProcess,
  options: Partial<autocannon.Options>,
  counts?: { warmUp: number; measured: number },
): Promise<Load> {
  const settings = { connections: CONNECTIONS, ...options, url: options.url ?? '' };
  await autocannon({ ...settings, ...(counts ? { amount: counts.warmUp } : { duration: WARM_UP_SECONDS }) });
  const before = cpuMicros(server.pid);
  const result = await autocannon({
    ...settings,
    ...(counts ? { amount: counts.measured } : { duration: SECONDS }),
  });
  const after = cpuMicros(server.pid);
  if (result.non2xx + result.errors > 0)
    console.error(`${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  const cpuPerRequest =
    before === null || after === null || result.requests.total === 0
      ? null
      : (after - before) / result.requests.total;
  return { result, cpuPerRequest };
}

/** Requests a second over the whole pass. */
const rate = ({ result }: Load) => result.requests.total / result.duration;

/** A POST load whose every request is the next prepared write. */
function writesFrom(
  base: string,
  cookie: string,
  next: NextWrite,
  exhausted: string,
): Partial<autocannon.Options> {
  return {
    url: base,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, origin: base },
        setupRequest: (request) => {
          const write = next();
          if (!write) throw new Error(exhausted);
          return { ...request, path: write.path, body: write.body };
        },
      },
    ],
  };
}

interface Prepared {
  session: SignedIn;
  onTheDay: Awaited<ReturnType<typeof prepareOnTheDayWrites>>;
  monthLate: Awaited<ReturnType<typeof prepareMonthLateWrites>>;
}

async function measure(
  base: string,
  server: ChildProcess,
  { session, onTheDay, monthLate }: Prepared,
): Promise<{ rows: Row[]; writeOverRead: number }> {
  const json = { 'content-type': 'application/json', cookie: session.cookie, origin: base };
  const health = await load('health', server, { url: `${base}/healthz` });
  const me = await load('me', server, { url: `${base}/api/v1/me`, headers: { cookie: session.cookie } });
  const plan = await load('plan', server, {
    url: `${base}/api/v1/patients/${session.patientId}/plan`,
    headers: { cookie: session.cookie },
  });
  const days = onTheDay.patients;
  const dayWrite = await load(
    'session logs on the day',
    server,
    writesFrom(
      base,
      onTheDay.cookie,
      () => onTheDay.yesterday.next() ?? onTheDay.today.next(),
      'no day left',
    ),
    { warmUp: days, measured: days },
  );
  const monthLateWrite = await load(
    'session logs a month late',
    server,
    writesFrom(
      base,
      monthLate.cookie,
      monthLate.next,
      `all ${monthLate.capacity} patient-days were written: raise BENCH_SPREAD_PATIENTS`,
    ),
  );
  const write = await load('session log', server, {
    url: `${base}/api/v1/patients/${session.patientId}/session-logs`,
    requests: [
      {
        method: 'POST',
        headers: json,
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ ...session.sessionLog, clientId: randomUUID() }),
        }),
      },
    ],
  });
  const row = (route: string, { result, cpuPerRequest }: Load): Row => ({
    route,
    'req/s': rate({ result, cpuPerRequest }).toFixed(0),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.non2xx,
    'vs health': (rate({ result, cpuPerRequest }) / rate(health)).toFixed(2),
    'server CPU µs/req': cpuPerRequest === null ? '-' : cpuPerRequest.toFixed(0),
  });
  const rows = [
    row('GET /healthz', health),
    row('GET /api/v1/me', me),
    row('GET plan', plan),
    row(`POST session log on its day, ${days} patients`, dayWrite),
    row(`POST session log a month late, ${SPREAD_PATIENTS} patients`, monthLateWrite),
    row('POST session log, one patient', write),
  ];
  return { rows, writeOverRead: rate(dayWrite) / rate(plan) };
}

async function bench(target: Target): Promise<number> {
  let server: ChildProcess | null = null;
  try {
    await runMinimus(['migrate'], target.env);
    await runMinimus(['demo'], target.env);
    const base = target.env.PUBLIC_URL ?? '';
    server = await startServer(target.env, base);
    const session = await prepareSession(base);
    const onTheDay = await prepareOnTheDayWrites(base);
    const monthLate = await prepareMonthLateWrites(base);
    const { rows, writeOverRead } = await measure(base, server, { session, onTheDay, monthLate });
    console.log(`\n${target.name}: ${CONNECTIONS} connections on loopback`);
    console.table(rows);
    console.log(`month-late writes: ${monthLate.used()} of ${monthLate.capacity} patient-days used`);
    return writeOverRead;
  } finally {
    server?.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await target.cleanup();
  }
}

console.log(`API benchmark (Node ${process.version})`);
const embedded = await bench(embeddedTarget(3471));
const postgres = await postgresTarget(3472);
const server = postgres ? (await bench(postgres)).toFixed(2) : '-';
console.log(`write/read: pglite ${embedded.toFixed(2)} postgres ${server}`);
