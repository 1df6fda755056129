/**
 * Reminder throughput on the embedded database (PGlite): a clinic's demo patient copied to
 * BENCH_PATIENTS patients (10,000 unless set), every one with a daily reminder at the same local minute;
 * one tick queues them all, the job workers check each patient's day (a session due, program not
 * paused) and hand the email to a local SMTP server. Each copy has the source's attention row, as the
 * per-minute tick keeps them current, so the day is read from it; BENCH_COLD=1 leaves the rows out and
 * every reminder plans its day from the patient's history. Prints the time to queue, the time until
 * the SMTP server has accepted every message (target: within 60 s), and the CPU time this process (the
 * app, its embedded database and the SMTP server) used meanwhile. Only 127.0.0.1 is used; everything it
 * starts is stopped at the end. Run with `npm run bench:notify`.
 */
import type { AddressInfo } from 'node:net';
import {
  createLogger,
  createRepositories,
  openPglite,
  PlanningCache,
  refreshAttention,
  seedDemo,
  startNotifier,
} from '@minimus/server';
import { SMTPServer } from 'smtp-server';
import { copyPatient, reminderReadyPatient } from './seed.js';

const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 10_000);
/** BENCH_COLD=1: no attention rows, so every reminder plans its day from the patient's history. */
const COLD = process.env.BENCH_COLD === '1';
const TARGET_SECONDS = 60;

async function startSink(): Promise<{ url: string; accepted: () => number; close: () => Promise<void> }> {
  let accepted = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        // Only the copies' reminders count (the demo clinic's own alerts may go out too).
        if (session.envelope.rcptTo.some((to) => to.address.startsWith('bench-'))) accepted += 1;
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?tls=off`,
    accepted: () => accepted,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const localTime = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    at,
  );

const sink = await startSink();
const database = await openPglite({});
await database.migrate();
const seedRepos = createRepositories(database.db);
await seedDemo(seedRepos);
const source = await reminderReadyPatient(database, seedRepos);
const at = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
process.stdout.write(`Seeding ${PATIENTS} patients in ${source.timeZone}…\n`);
await refreshAttention(seedRepos, source.id);
await copyPatient(database, source.id, {
  count: PATIENTS,
  reminderTime: localTime(at, source.timeZone),
  attention: !COLD,
});

const repos = createRepositories(database.db, { planningCache: new PlanningCache(2000) });
const notifier = await startNotifier({
  database,
  repos,
  publicUrl: 'http://localhost:3000',
  mail: { smtpUrl: sink.url, from: 'care@clinic.example' },
  logger: createLogger('warn'),
  cron: false,
  pollingIntervalSeconds: 0.5,
});
const cpuBefore = process.cpuUsage();
const started = performance.now();
const { reminders } = await notifier.tick(at);
const queuedMs = performance.now() - started;
const deadline = Date.now() + 15 * 60_000;
while (sink.accepted() < reminders && Date.now() < deadline)
  await new Promise((resolve) => setTimeout(resolve, 100));
const totalSeconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
await notifier.stop();
await database.close();
await sink.close();

process.stdout.write(
  `${reminders} reminders due at one local minute: queued in ${(queuedMs / 1000).toFixed(1)} s; ` +
    `${sink.accepted()} handed to SMTP in ${totalSeconds.toFixed(1)} s ` +
    `(${(sink.accepted() / totalSeconds).toFixed(0)}/s; target ${TARGET_SECONDS} s: ${totalSeconds <= TARGET_SECONDS ? 'met' : 'missed'}); ` +
    `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU${COLD ? ', every day planned from the history' : ''}.\n`,
);
