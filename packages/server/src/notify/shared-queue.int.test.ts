import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clonePatients } from '../../test/support/clone-patients.js';
import { type MailSink, startMailSink } from '../../test/support/mail-sink.js';
import { appOn, buildClinic, buildPatient, type TestApp } from '../../test/support/test-app.js';
import { openTestDatabase, postgresTestUrl, type TestDatabase } from '../../test/support/test-database.js';
import type { Notifier } from './notifier.js';

const WORKER = new URL('../../test/support/notify-worker.ts', import.meta.url).pathname;
const REMINDERS = 1000;
/** The wall-clock time of an instant in a zone, `HH:MM`. */
const localTime = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    at,
  );

/** Tomorrow (UTC): close to the programs' start, so each reminder's plan is quick to compute. */
const TOMORROW = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/** Another instance: a process of its own over the same PostgreSQL database and SMTP server. */
function startInstance(url: string, smtpUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, url, smtpUrl], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) resolve(child);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => reject(new Error(`instance exited (${code}): ${output}`)));
  });
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/** How many mails each address received, over the given addresses. */
function countsFor(mail: MailSink, addresses: readonly string[]): Map<string, number> {
  const wanted = new Set(addresses);
  const counts = new Map<string, number>();
  for (const message of mail.received)
    for (const to of message.to) if (wanted.has(to)) counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

// Two processes on one queue need a database server: PGlite is one process's by design.
describe.skipIf(!postgresTestUrl())('one job queue shared by two instances on PostgreSQL', () => {
  let testDatabase: TestDatabase;
  let test: TestApp;
  let notifier: Notifier;
  let mail: MailSink;
  let sourcePatientId: string;
  const instances: ChildProcess[] = [];

  beforeAll(async () => {
    mail = await startMailSink();
    testDatabase = await openTestDatabase('postgres');
    // This process only queues (the tick); the two other processes do the work.
    test = await appOn(testDatabase.database, { notify: { mail: null, cron: false, work: false } });
    if (!test.deps.notifier) throw new Error('no notifier');
    notifier = test.deps.notifier;
    const clinic = await buildClinic(test);
    const patient = await buildPatient(test, clinic, { timeZone: 'UTC' });
    const today = new Date().toISOString().slice(0, 10);
    await test.request(`/api/v1/patients/${patient.id}/check-ins`, {
      cookie: patient.cookie,
      body: { clientId: randomUUID(), date: today, nextMorningPain: 1, worstPain24h: 1, walkingPain: 1 },
    });
    sourcePatientId = patient.id;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(instances.map(stopped));
    await notifier?.stop();
    await testDatabase?.dispose();
    await mail?.close();
  });

  const launch = async () => {
    const url = testDatabase.url ?? '';
    const started = await Promise.all([startInstance(url, mail.url), startInstance(url, mail.url)]);
    instances.push(...started);
    return started;
  };

  it(`sends ${REMINDERS} reminders due in one minute exactly once between two instances`, async () => {
    const at = new Date(`${TOMORROW}T12:00:00Z`);
    const addresses = await clonePatients(
      test.deps.db,
      { patientId: sourcePatientId },
      {
        count: REMINDERS,
        tag: 'a',
        timeZone: 'America/New_York',
        reminderTime: localTime(at, 'America/New_York'),
      },
    );
    const [first, second] = await launch();
    expect((await notifier.tick(at)).reminders).toBe(REMINDERS);
    expect((await notifier.tick(at)).reminders).toBe(REMINDERS); // a second tick queues nothing new
    await mail.waitFor(REMINDERS, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const counts = countsFor(mail, addresses);
    expect(counts.size).toBe(REMINDERS);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    await Promise.all([first, second].filter((child) => child !== undefined).map(stopped));
  }, 120_000);

  it('finishes the work of an instance killed with SIGKILL mid-run', async () => {
    const at = new Date(`${TOMORROW}T12:30:00Z`);
    const addresses = await clonePatients(
      test.deps.db,
      { patientId: sourcePatientId },
      {
        count: REMINDERS,
        tag: 'b',
        timeZone: 'Asia/Tokyo',
        reminderTime: localTime(at, 'Asia/Tokyo'),
      },
    );
    const before = mail.received.length;
    const [victim, survivor] = await launch();
    await notifier.tick(at);
    while (mail.received.length - before < REMINDERS / 5)
      await new Promise((resolve) => setTimeout(resolve, 20));
    victim?.kill('SIGKILL');
    await mail.waitFor(before + REMINDERS, 90_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const counts = countsFor(mail, addresses);
    // Every reminder arrived. A message the killed process had handed to SMTP whose outcome it had not
    // yet written (outcomes wait up to 20 ms to be written together) is the only one that can go twice,
    // with the same Message-ID: a few, far fewer than a fetched batch.
    expect(counts.size).toBe(REMINDERS);
    const repeated = [...counts.values()].filter((count) => count > 1).length;
    expect(repeated).toBeLessThanOrEqual(50);
    if (survivor) await stopped(survivor);
  }, 150_000);
});
