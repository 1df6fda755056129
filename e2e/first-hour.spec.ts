import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './harness/api.js';
import {
  axeViolations,
  browserAvailable,
  desktopContext,
  launchBrowser,
  screenshot,
} from './harness/browser.js';
import { buildWebApp, type LaunchedMinimus, launchMinimus } from './harness/server.js';

const ADMIN = { email: 'ana@north.example', password: 'a long first password' };

describe.runIf(browserAvailable)('the first hour of a new installation', () => {
  let server: LaunchedMinimus;
  let browser: Browser;
  beforeAll(async () => {
    await buildWebApp();
    // A fresh install: migrated, with no account at all, as `npm start` leaves it.
    server = await launchMinimus('minimus-first-hour-', async () => {});
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('offers "Create your clinic" at / once, then lands the new admin in the clinic app', async () => {
    const page = await (await desktopContext(browser)).newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Create your clinic' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/setup');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'first-run-setup');
    await page.getByLabel('Clinic name').fill('North Clinic');
    await page.getByLabel('Your name').fill('Ana Admin');
    await page.getByLabel('Your email').fill(ADMIN.email);
    await page.getByLabel('Choose a password').fill(ADMIN.password);
    await page.getByLabel('Repeat the password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create the clinic' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/clinic'));
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    // A new clinic's list says what comes next rather than showing an empty table.
    await page.getByText("No patients yet. The clinic's therapists add and invite their patients.").waitFor();
    await screenshot(page, 'clinic-empty-list');

    // Setup is closed for good: the page sends visitors to sign in, and the API refuses.
    const later = await (await desktopContext(browser)).newPage();
    await later.goto(`${server.url}/setup`);
    await later.waitForURL((url) => url.pathname === '/sign-in');
    const again = await fetch(`${server.url}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({
        clinicName: 'Other',
        adminName: 'Eve',
        email: 'eve@x.example',
        password: 'another long one',
      }),
    });
    expect(again.status).toBe(409);
  });

  it('takes staff who sign in at / to the clinic app', async () => {
    const page = await (await desktopContext(browser)).newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/clinic'));
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    expect(await page.getByText('This page does not exist').count()).toBe(0);
  });

  it('words a therapist invitation as one, and lands the therapist in the clinic app', async () => {
    const admin = new ApiSession(server.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
    const invited = await admin.request<{ invitation: { url: string } }>('POST', '/api/v1/therapists', {
      email: 'theo@north.example',
      name: 'Theo Therapist',
    });
    const page = await (await desktopContext(browser)).newPage();
    await page.goto(invited.body.invitation.url.replace(/^https?:\/\/[^/]+/, server.url));
    await page.getByRole('heading', { level: 1, name: 'Join North Clinic' }).waitFor();
    await page
      .getByText('North Clinic has invited Theo Therapist to join the clinic as a therapist.')
      .waitFor();
    expect(await page.getByText('home exercise program').count(), 'no patient wording').toBe(0);
    await screenshot(page, 'therapist-invitation');
    await page.getByLabel('Choose a password').fill('theo has a long password');
    await page.getByLabel('Repeat the password').fill('theo has a long password');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/clinic'));
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
  });

  it('signs in at another loopback name of the server than its PUBLIC_URL', async () => {
    const alias = server.url.replace('127.0.0.1', 'localhost');
    expect(alias).not.toBe(server.url);
    const page = await (await desktopContext(browser)).newPage();
    await page.goto(`${alias}/clinic/sign-in`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    expect(new URL(page.url()).host).toBe(new URL(alias).host);
  });

  it('shows an invited therapist as invited, and asks before deactivating one', async () => {
    const admin = new ApiSession(server.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
    await admin.request('POST', '/api/v1/therapists', { email: 'pia@north.example', name: 'Pia Pending' });
    const page = await (await desktopContext(browser)).newPage();
    await page.goto(`${server.url}/clinic/sign-in`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    await page.goto(`${server.url}/clinic/admin`);
    const pia = page.getByRole('row', { name: /Pia Pending/ });
    await pia.getByText('Invited (link not used yet)').waitFor();
    const theo = page.getByRole('row', { name: /Theo Therapist/ });
    expect(await theo.getByRole('cell', { name: 'Active', exact: true }).count()).toBe(1);
    await theo.getByRole('button', { name: 'Deactivate Theo Therapist' }).click();
    await theo.getByText('Deactivate Theo Therapist? They are signed out at once').waitFor();
    await theo.getByRole('button', { name: 'Keep active' }).click();
    expect(await theo.getByRole('cell', { name: 'Active', exact: true }).count(), 'nothing changed').toBe(1);
    await theo.getByRole('button', { name: 'Deactivate Theo Therapist' }).click();
    await theo.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await theo.getByText('Deactivated').waitFor();
  });

  it('marks a patient who never used the invitation, and makes a new link from the list', async () => {
    // Theo was deactivated by the test before: the admin reactivates him first.
    const admin = new ApiSession(server.url);
    await admin.signIn(ADMIN.email, ADMIN.password);
    await admin.request('PATCH', `/api/v1/therapists/${await theoId(admin)}`, { active: true });
    const therapist = new ApiSession(server.url);
    await therapist.signIn('theo@north.example', 'theo has a long password');
    await therapist.request('POST', '/api/v1/patients', {
      name: 'Nico Notyet',
      email: 'nico@north.example',
      injuryDate: new Date().toISOString().slice(0, 10),
      side: 'left',
      timeZone: 'Europe/Madrid',
    });
    const page = await (await desktopContext(browser)).newPage();
    await page.goto(`${server.url}/clinic/sign-in`);
    await page.getByLabel('Email').fill('theo@north.example');
    await page.getByLabel('Password').fill('theo has a long password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const nico = page.getByRole('row', { name: /Nico Notyet/ });
    await nico.getByText('Invitation not used yet').waitFor();
    await nico.getByRole('button', { name: 'New link for Nico Notyet' }).click();
    await page.getByRole('heading', { name: 'Invitation for Nico Notyet' }).waitFor();
    expect(await page.getByRole('img', { name: /Nico Notyet/ }).count()).toBe(1);
    await screenshot(page, 'clinic-invitation-unused');
  });
});

async function theoId(admin: ApiSession): Promise<string> {
  const listed = await admin.request<{ id: string; name: string }[]>('GET', '/api/v1/therapists');
  const theo = listed.body.find((therapist) => therapist.name === 'Theo Therapist');
  if (!theo) throw new Error('Theo is not listed');
  return theo.id;
}
