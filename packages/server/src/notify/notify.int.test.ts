import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailSink, startMailSink } from '../../test/support/mail-sink.js';
import { type PushSink, startPushSink } from '../../test/support/push-sink.js';
import { appOn, buildClinic, buildPatient, type Clinic, type TestApp } from '../../test/support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { rowsOf } from '../db/rows.js';
import { alert, delivery, pushSubscription, therapistNotification, user } from '../db/schema/index.js';
import type { Notifier } from './notifier.js';

/** A port of ours for the push test service (it builds its endpoint URLs from a fixed port). */
const PUSH_PORT = 4291;
/** The app's log lines, where a reminder that is not due says why. */
const LOG: string[] = [];
const FROM = 'Minimus <care@clinic.example>';

const until = async (check: () => Promise<boolean>, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe.each(testDatabaseKinds())('reaching people on %s', (kind) => {
  let testDatabase: TestDatabase;
  let test: TestApp;
  let notifier: Notifier;
  let mail: MailSink;
  let push: PushSink;
  let clinic: Clinic;

  /** A check-in with little pain moves the program past its resting phase, so sessions fall due. */
  const startExercising = async (who: { id: string; cookie: string }, timeZone: string) => {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
    const response = await test.request(`/api/v1/patients/${who.id}/check-ins`, {
      cookie: who.cookie,
      body: { clientId: randomUUID(), date, nextMorningPain: 1, worstPain24h: 1, walkingPain: 1 },
    });
    expect(response.status).toBe(201);
  };
  const mailsTo = (address: string) => mail.received.filter((message) => message.to.includes(address));

  beforeAll(async () => {
    mail = await startMailSink();
    push = await startPushSink(PUSH_PORT);
    testDatabase = await openTestDatabase(kind);
    test = await appOn(testDatabase.database, {
      logLines: LOG,
      notify: { mail: { smtpUrl: mail.url, from: FROM }, cron: false, pollingIntervalSeconds: 0.5 },
    });
    if (!test.deps.notifier) throw new Error('the notifier did not start');
    notifier = test.deps.notifier;
    clinic = await buildClinic(test, { name: `Riverside Physio ${kind}` });
  }, 60_000);

  afterAll(async () => {
    await notifier?.stop();
    await testDatabase?.dispose();
    await mail?.close();
    await push?.close();
  });

  it('sends a message once, as plain text and HTML, in the recipient language with the clinic name', async () => {
    const patient = await buildPatient(test, clinic);
    const [row] = await test.deps.db.select().from(user).where(eq(user.email, patient.email));
    await test.deps.db.update(user).set({ locale: 'es' }).where(eq(user.email, patient.email));
    const job = {
      key: `test.${randomUUID()}`,
      content: { kind: 'reminder' } as const,
      path: '/',
      to: { userId: row?.id ?? '' },
      channels: 'email' as const,
    };
    await notifier.queueMessage(job);
    await notifier.queueMessage(job);
    await until(async () => mailsTo(patient.email).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [received, ...more] = mailsTo(patient.email);
    expect(more).toHaveLength(0);
    expect(received?.subject).toBe(`Es hora de los ejercicios de hoy · Riverside Physio ${kind}`);
    expect(received?.text).toContain('http://localhost:3000/');
    expect(received?.html).toContain('<a href="http://localhost:3000/">Abrir hoy</a>');
    expect(received?.raw).toMatch(/^From: Minimus <care@clinic\.example>/m);
  });

  it('retries an email the SMTP server refused, with backoff, and records the delivery', async () => {
    const patient = await buildPatient(test, clinic);
    const [row] = await test.deps.db.select().from(user).where(eq(user.email, patient.email));
    mail.refuseNext(1);
    const key = `test.${randomUUID()}`;
    await notifier.queueMessage({
      key,
      content: { kind: 'therapist-alert' },
      path: '/clinic',
      to: { userId: row?.id ?? '' },
      channels: 'email',
    });
    await until(async () => mailsTo(patient.email).length > 0, 30_000);
    const stored = async () =>
      (
        await test.deps.db
          .select()
          .from(delivery)
          .where(eq(delivery.key, `${key}:email`))
      )[0];
    // The outcome is written just after SMTP accepts (outcomes of a batch are written together).
    await until(async () => (await stored())?.status === 'sent', 5_000);
    expect(await stored()).toMatchObject({
      status: 'sent',
      channel: 'email',
      kind: 'therapist-alert',
      detail: null,
    });
  }, 40_000);

  it('sends reminders at the local time in two time zones across a daylight-saving change, once a day', async () => {
    const madrid = await buildPatient(test, clinic, { timeZone: 'Europe/Madrid' });
    const newYork = await buildPatient(test, clinic, { timeZone: 'America/New_York' });
    await startExercising(madrid, 'Europe/Madrid');
    await startExercising(newYork, 'America/New_York');
    for (const who of [madrid, newYork]) {
      const [row] = await test.deps.db.select().from(user).where(eq(user.email, who.email));
      const current = await notifier.notifications.preference(row?.id ?? '');
      await notifier.notifications.savePreference(row?.id ?? '', { ...current, reminderTime: '08:00:00' });
    }
    const queued = [];
    // Europe/Madrid moves from UTC+1 to UTC+2 on 2027-03-28; New York is on UTC-4 by then.
    for (const at of [
      '2027-03-27T07:00:00Z',
      '2027-03-27T07:10:00Z',
      '2027-03-27T12:00:00Z',
      '2027-03-28T07:00:00Z',
      '2027-03-28T06:00:00Z',
    ]) {
      const counts = await notifier.tick(new Date(at));
      queued.push(counts.reminders);
    }
    expect(queued).toEqual([1, 1, 1, 0, 1]);
    await until(async () => mailsTo(madrid.email).length >= 2 && mailsTo(newYork.email).length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailsTo(madrid.email)).toHaveLength(2);
    expect(mailsTo(newYork.email)).toHaveLength(1);
    expect(mailsTo(madrid.email)[0]?.subject).toMatch(/^Time for today's exercises/);
  });

  it('sends no reminder while the program is suspended', async () => {
    const paused = await buildPatient(test, clinic, { timeZone: 'UTC' });
    await startExercising(paused, 'UTC');
    const protocol = (await (await test.request('/api/v1/protocol', { cookie: paused.cookie })).json()) as {
      screens: { redFlag: { items: { id: string }[] } };
    };
    const item = protocol.screens.redFlag.items[0]?.id ?? '';
    const today = new Date().toISOString().slice(0, 10);
    const screened = await test.request(`/api/v1/patients/${paused.id}/screens/red-flag`, {
      cookie: paused.cookie,
      body: { clientId: randomUUID(), date: today, answers: { [item]: true } },
    });
    expect(screened.status).toBe(201);
    const [row] = await test.deps.db.select().from(user).where(eq(user.email, paused.email));
    const current = await notifier.notifications.preference(row?.id ?? '');
    await notifier.notifications.savePreference(row?.id ?? '', { ...current, reminderTime: '09:00:00' });
    const counts = await notifier.tick(new Date('2027-04-02T09:00:00Z'));
    expect(counts.reminders).toBeGreaterThanOrEqual(1);
    await until(async () => LOG.some((line) => line.includes('"reason":"program-suspended"')));
    expect(mailsTo(paused.email)).toHaveLength(0);
  });

  it('tells the therapist at once of a red-flag answer, by email, with no health data', async () => {
    const therapistMails = () => mailsTo(clinic.therapist.email);
    const screened = await buildPatient(test, clinic);
    const protocol = (await (await test.request('/api/v1/protocol', { cookie: screened.cookie })).json()) as {
      screens: { redFlag: { items: { id: string }[] } };
    };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date());
    const response = await test.request(`/api/v1/patients/${screened.id}/screens/red-flag`, {
      cookie: screened.cookie,
      body: {
        clientId: randomUUID(),
        date: today,
        answers: { [protocol.screens.redFlag.items[0]?.id ?? '']: true },
      },
    });
    expect(response.status).toBe(201);
    const [queued] = await test.deps.db
      .select({ urgency: therapistNotification.urgency, kind: alert.kind })
      .from(therapistNotification)
      .innerJoin(alert, eq(alert.id, therapistNotification.alertId))
      .where(and(eq(alert.patientId, screened.id), eq(alert.kind, 'red-flag')));
    expect(queued).toEqual({ urgency: 'immediate', kind: 'red-flag' });
    // The alert that tells the patient "your therapist has been told" and the notification were
    // inserted by one transaction (the same xmin).
    const [told] = rowsOf(
      await test.deps.db.execute(sql`
        select a.message->>'en' as message, a.xmin::text = n.xmin::text as same_transaction
        from alert a join therapist_notification n on n.alert_id = a.id
        where a.patient_id = ${screened.id} and a.kind = 'red-flag'`),
    );
    expect(told).toMatchObject({ same_transaction: true });
    expect(String(told?.message)).toContain('Your therapist has been told');
    const link = `/clinic/patients/${screened.id}`;
    await until(async () => therapistMails().some((message) => message.text.includes(link)));
    const received = therapistMails().find((message) => message.text.includes(link));
    expect(received?.subject).toBe(`A patient needs your attention · Riverside Physio ${kind}`);
    expect(received?.raw.toLowerCase()).not.toMatch(/red.flag|pain|fever|weight/);
  });

  it('sends the weekly progress note to a patient who asked for it, on Sunday evening, once', async () => {
    const patient = await buildPatient(test, clinic, { timeZone: 'Europe/Madrid' });
    await startExercising(patient, 'Europe/Madrid');
    const psfs = await test.request(`/api/v1/patients/${patient.id}/psfs`, {
      cookie: patient.cookie,
      body: {
        clientId: randomUUID(),
        date: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(new Date()),
        activities: [{ name: 'Climbing stairs', score: 4 }],
      },
    });
    expect(psfs.status).toBe(201);
    const [row] = await test.deps.db.select().from(user).where(eq(user.email, patient.email));
    const userId = row?.id ?? '';
    await notifier.notifications.savePreference(userId, {
      ...(await notifier.notifications.preference(userId)),
      weeklyNote: true,
    });
    // Sunday 2027-01-10, 18:00 in Madrid is 17:00 UTC.
    expect((await notifier.tick(new Date('2027-01-10T16:00:00Z'))).weeklyNotes).toBe(0);
    expect((await notifier.tick(new Date('2027-01-10T17:00:00Z'))).weeklyNotes).toBe(1);
    expect((await notifier.tick(new Date('2027-01-10T17:05:00Z'))).weeklyNotes).toBe(1);
    await until(async () => mailsTo(patient.email).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [note, ...more] = mailsTo(patient.email);
    expect(more).toHaveLength(0);
    expect(note?.subject).toMatch(/^Your week in exercises/);
    expect(note?.text).toContain('Climbing stairs');
    expect(note?.text).not.toMatch(/\b4\b/);
  });

  it('gathers other alerts into one digest per therapist at the chosen hour', async () => {
    const first = await buildPatient(test, clinic);
    const second = await buildPatient(test, clinic);
    await notifier.notifications.savePreference(clinic.therapist.id, {
      ...(await notifier.notifications.preference(clinic.therapist.id)),
      digestHour: 17,
      timeZone: 'America/New_York',
    });
    for (const who of [first, second]) {
      await test.deps.db.insert(alert).values({
        patientId: who.id,
        key: `test-setback:${randomUUID()}`,
        kind: 'setback',
        severity: 'warning',
        date: '2027-05-03',
        ruleId: 'setback.test',
        message: { en: 'x', es: 'x' },
        therapistMessage: { en: 'x', es: 'x' },
        notifyTherapist: true,
      });
    }
    // Every patient waiting for this therapist's notice is in the one digest: these two, and the earlier
    // tests' new patients, whose programs wait for confirmation (protocol 2.0).
    const waiting = await test.deps.db
      .selectDistinct({ patientId: alert.patientId })
      .from(therapistNotification)
      .innerJoin(alert, eq(alert.id, therapistNotification.alertId))
      .where(
        and(
          eq(therapistNotification.therapistId, clinic.therapist.id),
          eq(therapistNotification.urgency, 'digest'),
          isNull(therapistNotification.dispatchedAt),
        ),
      );
    expect(waiting.map((row) => row.patientId)).toEqual(expect.arrayContaining([first.id, second.id]));
    const early = await notifier.tick(new Date('2027-05-03T20:00:00Z'));
    expect(early.digests).toBe(0);
    const due = await notifier.tick(new Date('2027-05-03T21:00:00Z'));
    expect(due.digests).toBe(1);
    const again = await notifier.tick(new Date('2027-05-03T21:05:00Z'));
    expect(again.digests).toBe(0);
    // An alert that comes in just after today's digest waits for tomorrow's, never marked sent unsent.
    await test.deps.db.insert(alert).values({
      patientId: first.id,
      key: `test-late:${randomUUID()}`,
      kind: 'setback',
      severity: 'warning',
      date: '2027-05-03',
      ruleId: 'setback.test',
      message: { en: 'x', es: 'x' },
      therapistMessage: { en: 'x', es: 'x' },
      notifyTherapist: true,
    });
    const late = await notifier.tick(new Date('2027-05-03T21:10:00Z'));
    expect(late.digests).toBe(0);
    const pending = await test.deps.db
      .select({ id: therapistNotification.id })
      .from(therapistNotification)
      .where(
        and(
          eq(therapistNotification.therapistId, clinic.therapist.id),
          isNull(therapistNotification.dispatchedAt),
        ),
      );
    expect(pending).toHaveLength(1);
    const tomorrow = await notifier.tick(new Date('2027-05-04T21:00:00Z'));
    expect(tomorrow.digests).toBe(1);
    await until(async () =>
      mailsTo(clinic.therapist.email).some((m) => m.subject.startsWith(`${waiting.length} patients`)),
    );
  });

  it('sends by Web Push first, the payload decrypting at the push service, and forgets gone subscriptions', async () => {
    const patient = await buildPatient(test, clinic);
    const [row] = await test.deps.db.select().from(user).where(eq(user.email, patient.email));
    const userId = row?.id ?? '';
    const subscription = await push.subscribe(notifier.pushPublicKey);
    await notifier.notifications.subscribe(userId, { endpoint: subscription.endpoint, ...subscription.keys });
    const message = (key: string) => ({
      key,
      content: { kind: 'reminder' } as const,
      path: '/',
      to: { userId },
      channels: 'push-then-email' as const,
    });
    await notifier.queueMessage(message(`test.${randomUUID()}`));
    await until(async () => (await push.messages(subscription)).length > 0);
    const [payload] = await push.messages(subscription);
    expect(JSON.parse(payload ?? '{}')).toEqual({
      title: "Time for today's exercises",
      body: `Open today · Riverside Physio ${kind}`,
      url: 'http://localhost:3000/',
    });
    expect(mailsTo(patient.email)).toHaveLength(0);
    await push.expire(subscription);
    await notifier.queueMessage(message(`test.${randomUUID()}`));
    await until(async () => mailsTo(patient.email).length > 0);
    const left = await test.deps.db
      .select()
      .from(pushSubscription)
      .where(eq(pushSubscription.userId, userId));
    expect(left).toHaveLength(0);
  });
});
