/**
 * What a plan read's audit row costs the process that answers, on PGlite and on PostgreSQL. The app runs
 * in this process (`app.request()`, no sockets), 10 requests in flight, on the demo clinic; each figure is
 * this process's CPU time (all threads, `process.cpuUsage`) per request over 3 s after 1 s of warm-up:
 *
 * - `GET /healthz` and `GET /api/v1/me`, as in `bench:api`;
 * - the plan read as Minimus serves it, answering once its audit row is committed;
 * - the same read with the row's recorder replaced by one that stores nothing, built here only, to show
 *   the row's share (Minimus has no such switch);
 * - audit rows alone through the real recorder, 10 at a time, without any request around them.
 *
 * "vs health" is the health route's CPU time over this one's: the share of the health route's throughput
 * this request could reach where the answering thread's CPU is the limit, as it is under `bench:api`. The
 * last line is a floor: a plan read does at least what `/api/v1/me` does (the session check and the API's
 * middleware) and stores one audit row, so it costs at least their sum before the plan itself is found.
 * On PostgreSQL the database server's own CPU time is not in the figures. Run with `npm run bench:audit`.
 */
import { createApp, loadConfig, openRuntime } from '@minimus/server';
import { runMinimus } from '../minimus-process.js';
import { prepareSession, type Send } from './session.js';
import { embeddedTarget, postgresTarget, type Target } from './targets.js';

const IN_FLIGHT = 10;
const SECONDS = 3;
const WARM_UP_SECONDS = 1;

interface Figure {
  measured: string;
  'CPU µs each': string;
  'vs health': string;
  'per second': string;
}

interface Measured {
  cpuEach: number;
  perSecond: number;
}

/** Keeps `IN_FLIGHT` calls of `once` going for `seconds`; returns how many ran and the CPU µs they took. */
async function drive(once: () => Promise<void>, seconds: number): Promise<{ count: number; cpu: number }> {
  const deadline = performance.now() + seconds * 1000;
  let count = 0;
  const before = process.cpuUsage();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (performance.now() < deadline) {
        await once();
        count += 1;
      }
    }),
  );
  const used = process.cpuUsage(before);
  return { count, cpu: used.user + used.system };
}

async function measure(once: () => Promise<void>): Promise<Measured> {
  await drive(once, WARM_UP_SECONDS);
  const { count, cpu } = await drive(once, SECONDS);
  return { cpuEach: cpu / count, perSecond: count / SECONDS };
}

/** A request that must answer 200; its body is read, as a client would. */
function requester(send: Send, url: string, cookie?: string) {
  const init = cookie ? { headers: { cookie } } : {};
  return async () => {
    const response = await send(url, init);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  };
}

async function bench(target: Target): Promise<void> {
  try {
    await runMinimus(['migrate'], target.env);
    await runMinimus(['demo'], target.env);
    const runtime = await openRuntime(loadConfig(target.env), { migrate: false });
    try {
      const { deps } = runtime;
      const app = createApp(deps);
      const withoutRow = createApp({
        ...deps,
        repos: { ...deps.repos, audit: { ...deps.repos.audit, record: () => Promise.resolve() } },
      });
      const send: Send = async (url, init) => app.request(url, init);
      const base = target.env.PUBLIC_URL ?? '';
      const session = await prepareSession(base, send);
      const planUrl = `${base}/api/v1/patients/${session.patientId}/plan`;
      const health = await measure(requester(send, `${base}/healthz`));
      const me = await measure(requester(send, `${base}/api/v1/me`, session.cookie));
      const figures: [string, Measured][] = [
        ['GET /healthz', health],
        ['GET /api/v1/me', me],
        ['GET plan, audit row committed', await measure(requester(send, planUrl, session.cookie))],
        [
          'GET plan, audit row not stored',
          await measure(
            requester(async (url, init) => withoutRow.request(url, init), planUrl, session.cookie),
          ),
        ],
      ];
      const row = await measure(() =>
        deps.repos.audit.record({
          actorId: 'bench',
          actorRole: 'patient',
          clinicId: 'bench',
          action: 'plan.read',
          patientId: session.patientId,
          outcome: 'allowed',
          requestId: 'bench',
        }),
      );
      figures.push(['audit row alone', row]);
      const floor = { cpuEach: me.cpuEach + row.cpuEach, perSecond: Number.NaN };
      figures.push(['floor of a plan read: /me + row alone', floor]);
      const rows: Figure[] = figures.map(([measured, { cpuEach, perSecond }]) => ({
        measured,
        'CPU µs each': cpuEach.toFixed(0),
        'vs health': (health.cpuEach / cpuEach).toFixed(2),
        'per second': Number.isNaN(perSecond) ? '-' : perSecond.toFixed(0),
      }));
      console.log(`\n${target.name}: ${IN_FLIGHT} in flight, in one process`);
      console.table(rows);
    } finally {
      await runtime.close();
    }
  } finally {
    await target.cleanup();
  }
}

console.log(`Audit-row share of a plan read (Node ${process.version})`);
await bench(embeddedTarget(3473));
const postgres = await postgresTarget(3474);
if (postgres) await bench(postgres);
