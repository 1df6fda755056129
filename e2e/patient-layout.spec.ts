import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, phoneContext, screenshot } from './harness/browser.js';
import { DEMO } from './harness/demo-server.js';
import { useClinicApp } from './harness/suites.js';

/** Every page a patient reaches from the tab bar and Today, by address and the heading it shows. */
const PAGES = [
  { path: '/', heading: 'Today' },
  { path: '/progress', heading: /Progress/ },
  { path: '/learn', heading: 'Learn about your hip' },
  { path: '/settings', heading: 'Settings' },
  { path: '/check-in', heading: /check-in/i },
  { path: '/psfs', heading: /activities/i },
] as const;

async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((address) => !address.pathname.startsWith('/sign-in'));
}

/** How far the page is wider than the screen, in CSS pixels (0: no sideways scrolling). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.runIf(browserAvailable)("a patient's pages on a small phone", () => {
  const clinic = useClinicApp();

  it.each([360, 390])('never scroll sideways at %i px', async (width) => {
    const context = await phoneContext(clinic.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 780 });
    await signIn(page, clinic.demo.url, DEMO.patients[0] ?? '');
    const wide: string[] = [];
    for (const target of PAGES) {
      await page.goto(`${clinic.demo.url}${target.path}`);
      await page.getByRole('heading', { level: 1, name: target.heading }).first().waitFor();
      // Measured once the page has its content, not while it loads.
      await expect.poll(() => page.locator('.loading').count()).toBe(0);
      // Settings only shows the calendar address once made: make it, the longest line a patient sees.
      if (target.path === '/settings') {
        await page.getByRole('button', { name: 'Create calendar link' }).click();
        await page.getByTestId('calendar-link').waitFor();
      }
      const extra = await overflow(page);
      if (extra > 0) wide.push(`${target.path}: ${extra} px too wide`);
      if (width === 360)
        await screenshot(page, `layout-360${target.path === '/' ? '-today' : target.path.replace('/', '-')}`);
    }
    expect(wide).toEqual([]);
  });
});
