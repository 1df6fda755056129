import { describe, expect, it } from 'vitest';
import { ApiSession, invitePatient } from './harness/api.js';
import { browserAvailable, phoneContext, screenshot } from './harness/browser.js';
import {
  acceptInvitation,
  completeOnboarding,
  expectAccessible,
  PATIENT_PASSWORD,
} from './harness/patient-flows.js';
import { usePatientApp } from './harness/suites.js';

describe.runIf(browserAvailable)("the patient app's sign-in, the form the clinic shares", () => {
  const app = usePatientApp();

  it('refuses a wrong password with a message, then signs the patient in', async () => {
    const email = 'sam@example.test';
    const { invitationUrl } = await invitePatient(
      app.server.url,
      { email: app.server.adminEmail, password: app.server.adminPassword },
      { name: 'Sam Patient', email, injuryDate: new Date().toISOString().slice(0, 10), side: 'right' },
    );
    const token = invitationUrl.split('/invite/')[1] ?? '';
    await new ApiSession(app.server.url).request('POST', `/api/v1/invitations/${token}/accept`, {
      password: PATIENT_PASSWORD,
    });
    const page = await (await phoneContext(app.browser)).newPage();
    await page.goto(`${app.server.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const refusal = page.getByRole('alert').getByText('Email or password not recognised.');
    await refusal.waitFor();
    expect(new URL(page.url()).pathname, 'a refused sign-in stays on the form').toBe('/sign-in');
    expect(await page.getByRole('navigation', { name: 'Main' }).count(), 'no app before sign-in').toBe(0);
    await expectAccessible(page, 'patient sign-in');
    await screenshot(page, 'patient-sign-in');
    await page.getByLabel('Password').fill(PATIENT_PASSWORD);
    await page.getByLabel('Password').press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    // A patient who has not answered the safety questions yet is taken to them first.
    await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/onboarding');
    expect(await refusal.count(), 'the refusal is gone').toBe(0);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual([
      'Today',
      'Progress',
      'Messages',
      'Learn',
      'Settings',
    ]);
  });

  it('takes a returning patient on a new phone straight to Today, their activities from the server', async () => {
    const email = 'rosa@example.test';
    const { invitationUrl } = await invitePatient(
      app.server.url,
      { email: app.server.adminEmail, password: app.server.adminPassword },
      { name: 'Rosa Returning', email, injuryDate: new Date().toISOString().slice(0, 10), side: 'left' },
    );
    const firstPhone = await phoneContext(app.browser);
    const first = await firstPhone.newPage();
    await acceptInvitation(first, invitationUrl);
    await completeOnboarding(first);
    await firstPhone.close();

    // A new phone: nothing stored in the browser, only the account on the server.
    const page = await (await phoneContext(app.browser)).newPage();
    await page.goto(`${app.server.url}/`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PATIENT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Safety questions' }).count(), 'no onboarding again').toBe(
      0,
    );
    expect(await page.getByText(/Step \d of \d/).count()).toBe(0);
    await screenshot(page, 'patient-returning-new-phone');
    // Rating the activities again: the names typed on the first phone come from the server.
    await page.goto(`${app.server.url}/psfs`);
    const activity = page.getByLabel('Activity 1', { exact: true });
    await activity.waitFor();
    expect(await activity.inputValue()).toBe('Climbing stairs');
    await expectAccessible(page, 'activities on a new phone');
  });
});
