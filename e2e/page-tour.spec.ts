import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, screenshot } from './harness/browser.js';
import { DEMO } from './harness/demo-server.js';
import { useClinicApp } from './harness/suites.js';

/**
 * Every page of both apps on the demo clinic, at a phone's width (390 px) and a laptop's (1366 px),
 * the patient's also at a small phone's (360 px): a screenshot of each
 * (e2e/screenshots/tour-<width>-<page>.png, to look at) and no page wider than the screen.
 */
const WIDTHS = [390, 1366] as const;
const PATIENT_WIDTHS = [360, ...WIDTHS] as const;

const PATIENT_PAGES = [
  { name: 'today', path: '/', heading: 'Today' },
  { name: 'progress', path: '/progress', heading: /Progress/ },
  { name: 'learn', path: '/learn', heading: 'Learn about your hip' },
  { name: 'settings', path: '/settings', heading: 'Settings' },
  { name: 'check-in', path: '/check-in', heading: /check-in/i },
  { name: 'psfs', path: '/psfs', heading: /activities/i },
] as const;

const CLINIC_PAGES = [
  { name: 'patients', path: () => '/clinic', heading: 'Patients' },
  { name: 'patient', path: (id: string) => `/clinic/patients/${id}`, heading: /./ },
  { name: 'program', path: (id: string) => `/clinic/patients/${id}/program`, heading: /./ },
  { name: 'patient-monitoring', path: (id: string) => `/clinic/patients/${id}/monitoring`, heading: /30/ },
  { name: 'monitoring', path: () => '/clinic/monitoring', heading: /30/ },
  { name: 'audit', path: () => '/clinic/audit', heading: /audit/i },
  { name: 'account', path: () => '/clinic/account', heading: /account/i },
] as const;

/** How far the page is wider than the screen, in CSS pixels, and the innermost elements that stick out. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const extra = document.documentElement.scrollWidth - width;
    if (extra <= 0) return '';
    const out = Array.from(document.body.querySelectorAll('*')).filter(
      (element) =>
        element.getBoundingClientRect().right > width + 1 &&
        !Array.from(element.children).some((child) => child.getBoundingClientRect().right > width + 1),
    );
    const names = out.slice(0, 3).map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return `${extra} px too wide (${names.join(', ')})`;
  });

async function pageAt(browser: Browser, width: number): Promise<Page> {
  const phone = width < 800;
  const context = await browser.newContext({
    viewport: { width, height: phone ? 844 : 900 },
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    locale: 'en-GB',
  });
  return context.newPage();
}

async function signIn(page: Page, url: string, path: string, email: string): Promise<void> {
  await page.goto(`${url}${path}`);
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((address) => !address.pathname.endsWith('/sign-in'));
}

/** Opens a page, waits for its heading and content, and returns how many pixels it overflows. */
async function visit(page: Page, url: string, heading: string | RegExp, shot: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
  await expect.poll(() => page.locator('.loading').count()).toBe(0);
  await screenshot(page, shot);
  return overflow(page);
}

describe.runIf(browserAvailable)('a tour of every page at a phone and a laptop width', () => {
  const clinic = useClinicApp();

  it.each(PATIENT_WIDTHS)("shows the patient's pages at %i px, none wider than the screen", async (width) => {
    const page = await pageAt(clinic.browser, width);
    const wide: string[] = [];
    await page.goto(`${clinic.demo.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await screenshot(page, `tour-${width}-patient-sign-in`);
    await signIn(page, clinic.demo.url, '/sign-in', DEMO.patients[0] ?? '');
    for (const target of PATIENT_PAGES) {
      let extra = await visit(
        page,
        `${clinic.demo.url}${target.path}`,
        target.heading,
        `tour-${width}-patient-${target.name}`,
      );
      // Settings shows the calendar address once made: make it, the longest line a patient sees.
      if (target.name === 'settings') {
        await page.getByRole('button', { name: 'Create calendar link' }).click();
        await page.getByTestId('calendar-link').waitFor();
        extra = await overflow(page);
      }
      if (extra) wide.push(`${target.path}: ${extra}`);
    }
    expect(wide).toEqual([]);
  });

  it.each(WIDTHS)("shows the clinic's pages at %i px, none wider than the screen", async (width) => {
    const page = await pageAt(clinic.browser, width);
    const wide: string[] = [];
    await page.goto(`${clinic.demo.url}/clinic/sign-in`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await screenshot(page, `tour-${width}-clinic-sign-in`);
    await signIn(page, clinic.demo.url, '/clinic/sign-in', DEMO.therapist);
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    const href = await page.locator('a[href^="/clinic/patients/"]').first().getAttribute('href');
    const patientId = href?.split('/')[3] ?? '';
    expect(patientId).not.toBe('');
    for (const target of CLINIC_PAGES) {
      const extra = await visit(
        page,
        `${clinic.demo.url}${target.path(patientId)}`,
        target.heading,
        `tour-${width}-clinic-${target.name}`,
      );
      if (extra) wide.push(`${target.name}: ${extra}`);
    }
    // The admin's page of therapists.
    const admin = await pageAt(clinic.browser, width);
    await signIn(admin, clinic.demo.url, '/clinic/sign-in', DEMO.admin);
    const extra = await visit(admin, `${clinic.demo.url}/clinic/admin`, /./, `tour-${width}-clinic-admin`);
    if (extra) wide.push(`admin: ${extra}`);
    expect(wide).toEqual([]);
  });
});
