import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailSink, startMailSink } from '../../test/support/mail-sink.js';
import {
  appOn,
  buildClinic,
  buildPatient,
  type Clinic,
  cookieFrom,
  type TestApp,
} from '../../test/support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { passwordReset, user } from '../db/schema/index.js';

const NEW_PASSWORD = 'a brand new long password';

const until = async (check: () => boolean, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe.each(testDatabaseKinds())('account mail on %s', (kind) => {
  let testDatabase: TestDatabase;
  let test: TestApp;
  let mail: MailSink;
  let clinic: Clinic;
  const mailsTo = (address: string) => mail.received.filter((message) => message.to.includes(address));
  const linkIn = (text: string | undefined, path: string) =>
    text?.match(new RegExp(`http://localhost:3000${path}/([A-Za-z0-9_-]+)`))?.[1] ?? '';

  beforeAll(async () => {
    mail = await startMailSink();
    testDatabase = await openTestDatabase(kind);
    test = await appOn(testDatabase.database, {
      notify: {
        mail: { smtpUrl: mail.url, from: 'care@clinic.example' },
        cron: false,
        pollingIntervalSeconds: 0.5,
      },
    });
    clinic = await buildClinic(test);
  }, 60_000);

  afterAll(async () => {
    await test?.deps.notifier?.stop();
    await testDatabase?.dispose();
    await mail?.close();
  });

  it('resets a forgotten password through a one-time emailed link and ends the other sessions', async () => {
    const patient = await buildPatient(test, clinic);
    const asked = await test.request('/api/v1/password-resets', {
      body: { email: patient.email.toUpperCase() },
    });
    expect(asked.status).toBe(202);
    expect(await asked.json()).toEqual({ emailOn: true });
    await until(() => mailsTo(patient.email).length > 0);
    const [message] = mailsTo(patient.email);
    expect(message?.subject).toMatch(/^Choose a new password/);
    const token = linkIn(message?.text, '/reset-password');
    expect(token).not.toBe('');
    const [stored] = await test.deps.db.select().from(passwordReset);
    expect(stored?.tokenHash).not.toContain(token);
    const minutes = ((stored?.expiresAt.getTime() ?? 0) - (stored?.createdAt.getTime() ?? 0)) / 60_000;
    expect(Math.round(minutes)).toBe(30);

    const reset = await test.request(`/api/v1/password-resets/${token}`, {
      body: { password: NEW_PASSWORD },
    });
    expect(reset.status).toBe(200);
    expect(await reset.json()).toEqual({ role: 'patient' });
    expect((await test.request('/api/v1/me', { cookie: patient.cookie })).status).toBe(401);
    expect((await test.request('/api/v1/me', { cookie: cookieFrom(reset) })).status).toBe(200);
    const again = await test.request(`/api/v1/password-resets/${token}`, {
      body: { password: 'yet another password' },
    });
    expect(again.status).toBe(410);
    const signIn = await test.request('/api/auth/sign-in/email', {
      body: { email: patient.email, password: NEW_PASSWORD },
    });
    expect(signIn.status).toBe(200);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = mail.received.length;
    const asked = await test.request('/api/v1/password-resets', { body: { email: 'nobody@example.org' } });
    expect(asked.status).toBe(202);
    expect(await asked.json()).toEqual({ emailOn: true });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(mail.received.length).toBe(before);
  });

  it('refuses an expired link and changes nothing', async () => {
    const therapist = clinic.therapist;
    await test.request('/api/v1/password-resets', { body: { email: therapist.email } });
    await until(() => mailsTo(therapist.email).some((m) => m.subject.startsWith('Choose')));
    const token = linkIn(mailsTo(therapist.email).at(-1)?.text, '/reset-password');
    await test.deps.db.update(passwordReset).set({ expiresAt: new Date(Date.now() - 1000) });
    const reset = await test.request(`/api/v1/password-resets/${token}`, {
      body: { password: NEW_PASSWORD },
    });
    expect(reset.status).toBe(410);
    expect((await test.request('/api/v1/me', { cookie: therapist.cookie })).status).toBe(200);
  });

  it('throttles requests for one address like sign-in', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await test.request('/api/v1/password-resets', {
        body: { email: 'flood@example.org' },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('emails invitations to patients and therapists beside the link and QR code', async () => {
    const patient = await buildPatient(test, clinic);
    const response = await test.request(`/api/v1/patients/${patient.id}/invitations`, {
      cookie: clinic.therapist.cookie,
      body: { sendEmail: true },
    });
    expect(response.status).toBe(201);
    const link = (await response.json()) as { url: string; qrSvg: string; emailed: boolean };
    expect(link.emailed).toBe(true);
    expect(link.qrSvg).toContain('<svg');
    await until(() => mailsTo(patient.email).some((m) => m.text.includes(link.url)));

    const email = `invited-${kind}-${Date.now()}@example.org`;
    const created = await test.request('/api/v1/therapists', {
      cookie: clinic.admin.cookie,
      body: { email, name: 'New Therapist', sendEmail: true },
    });
    expect(created.status).toBe(201);
    await until(() => mailsTo(email).length > 0);
    expect(mailsTo(email)[0]?.text).toContain('/invite/');
    const [row] = await test.deps.db.select().from(user).where(eq(user.email, email));
    expect(row?.role).toBe('therapist');
  });
});

describe('account mail without SMTP', () => {
  it('says email is off, for known and unknown addresses alike, and stores no link', async () => {
    const testDatabase = await openTestDatabase('pglite');
    const test = await appOn(testDatabase.database, { notify: { mail: null, cron: false } });
    try {
      const clinic = await buildClinic(test);
      for (const email of [clinic.therapist.email, 'nobody@example.org']) {
        const asked = await test.request('/api/v1/password-resets', { body: { email } });
        expect(await asked.json()).toEqual({ emailOn: false });
      }
      expect(await test.deps.db.select().from(passwordReset)).toEqual([]);
      const channels = await test.request('/api/v1/notifications/channels');
      expect(await channels.json()).toMatchObject({ email: false, push: true });
    } finally {
      await test.deps.notifier?.stop();
      await testDatabase.dispose();
    }
  }, 30_000);
});
