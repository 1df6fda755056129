import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession, invitePatient } from './harness/api.js';
import { browserAvailable, desktopContext, phoneContext, screenshot } from './harness/browser.js';
import { type MailSink, startMailSink } from './harness/mail-sink.js';
import { PATIENT_PASSWORD } from './harness/patient-flows.js';
import { usePatientApp } from './harness/suites.js';

const today = () => new Date().toISOString().slice(0, 10);

/** A patient who accepted the invitation, with an API session of their own. */
async function readyPatient(baseUrl: string, admin: { email: string; password: string }, email: string) {
  const invited = await invitePatient(baseUrl, admin, {
    name: 'Noa Patient',
    email,
    injuryDate: today(),
    side: 'left',
  });
  const session = new ApiSession(baseUrl);
  const token = invited.invitationUrl.split('/invite/')[1] ?? '';
  await session.request('POST', `/api/v1/invitations/${token}/accept`, { password: PATIENT_PASSWORD });
  return { ...invited, session };
}

describe.runIf(browserAvailable)('reminders, alerts and account recovery that arrive by email', () => {
  let mail: MailSink;
  beforeAll(async () => {
    mail = await startMailSink();
  });
  const app = usePatientApp(() => ({
    MINIMUS_SMTP_URL: mail.url,
    MINIMUS_MAIL_FROM: 'Hip Clinic <care@clinic.test>',
  }));
  afterAll(async () => mail?.close());
  const admin = () => ({ email: app.server.adminEmail, password: app.server.adminPassword });

  it('resets a forgotten password through the emailed link', async () => {
    const email = 'forgetful@example.test';
    await readyPatient(app.server.url, admin(), email);
    const page = await (await phoneContext(app.browser)).newPage();
    await page.goto(`${app.server.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByTestId('reset-sent').waitFor();
    const message = await mail.waitFor(email, /reset-password\//);
    const link = message.match(/http:\/\/127\.0\.0\.1:\d+\/reset-password\/[A-Za-z0-9_-]+/)?.[0];
    expect(link, 'the email carries the link').toBeTruthy();
    await page.goto(link ?? '');
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await page.getByLabel('Choose a password').fill('a-new-password-456');
    await page.getByLabel('Repeat the password').fill('a-new-password-456');
    await screenshot(page, 'password-reset');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
    const signIn = await fetch(`${app.server.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: app.server.url },
      body: JSON.stringify({ email, password: 'a-new-password-456' }),
    });
    expect(signIn.status, 'the new password signs in').toBe(200);
  });

  it('lets a patient choose the time of the daily reminder in Settings', async () => {
    const email = 'reminded@example.test';
    await readyPatient(app.server.url, admin(), email);
    const context = await phoneContext(app.browser);
    const page = await context.newPage();
    await page.goto(`${app.server.url}/sign-in`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PATIENT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    await page.goto(`${app.server.url}/settings`);
    await page.getByRole('heading', { name: 'Reminders' }).waitFor();
    await page.getByLabel('Remind me to exercise').check();
    await page.getByLabel('At', { exact: true }).fill('07:30');
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await screenshot(page, 'reminder-settings');
    await page.reload();
    await expect.poll(() => page.getByLabel('At', { exact: true }).inputValue()).toBe('07:30');
  });

  it('emails the therapist at once when a patient answers a red-flag question yes', async () => {
    const email = 'flagged@example.test';
    const patient = await readyPatient(app.server.url, admin(), email);
    const protocol = await patient.session.request<{ screens: { redFlag: { items: { id: string }[] } } }>(
      'GET',
      '/api/v1/protocol',
    );
    const item = protocol.body.screens.redFlag.items[0]?.id ?? '';
    await patient.session.request('POST', `/api/v1/patients/${patient.patientId}/screens/red-flag`, {
      clientId: crypto.randomUUID(),
      date: today(),
      answers: { [item]: true },
    });
    const therapistEmail = `therapist-${email}`;
    const message = await mail.waitFor(therapistEmail, /A patient needs your attention/);
    expect(message).not.toMatch(/red.flag|fever|weight|pain/i);
    const link = message.match(/http:\/\/127\.0\.0\.1:\d+\/clinic\/patients\/[0-9a-f-]+/)?.[0] ?? '';
    expect(link).toContain(patient.patientId);
    const page = await (await desktopContext(app.browser)).newPage();
    await page.goto(`${app.server.url}/clinic/sign-in`);
    await page.getByLabel('Email').fill(therapistEmail);
    await page.getByLabel('Password').fill('therapist-password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Noa Patient' }).waitFor();
  });
});
