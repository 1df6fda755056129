import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invitePatient } from './harness/api.js';
import { browserAvailable, phoneContext, screenshot } from './harness/browser.js';
import {
  acceptInvitation,
  checkIn,
  completeOnboarding,
  daysAgo,
  doExercise,
  expectAccessible,
} from './harness/patient-flows.js';
import { usePatientApp } from './harness/suites.js';

async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(url);
  return page;
}

async function doWholeSession(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Start session|Resume session/ }).click();
  await page
    .getByRole('group', { name: 'How much does your hip hurt right now?' })
    .getByRole('radio', { name: '2', exact: true })
    .check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const saved = page.getByRole('heading', { name: 'Session saved' });
  const start = page.locator('article.player').getByRole('button', { name: 'Start' });
  while (!(await saved.isVisible())) {
    await doExercise(page, 1);
    await page.getByRole('button', { name: 'Next exercise' }).click();
    await saved.or(start).waitFor();
  }
}

describe.runIf(browserAvailable)('a day offline', () => {
  const app = usePatientApp();

  it('opens the plan offline, keeps the session through a restart and a cut sync, and stores it once', async () => {
    const invitation = await invitePatient(
      app.server.url,
      { email: app.server.adminEmail, password: app.server.adminPassword },
      { name: 'Olga Offline', email: 'olga@example.test', injuryDate: daysAgo(12), side: 'right' },
    );
    const context = await phoneContext(app.browser);
    let page = await openApp(context, invitation.invitationUrl);
    await acceptInvitation(page, invitation.invitationUrl);
    await completeOnboarding(page);
    await checkIn(page, { nextMorning: 1, worst: 2, walking: 1 });
    await page.getByRole('link', { name: 'Start session' }).waitFor();
    // The service worker takes control; Today, read once online, is now on the phone.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.getByRole('link', { name: 'Start session' }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // Installable: a manifest with a start URL, standalone display and 192 and 512 px icons that load.
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (
      await page.request.get(`${app.server.url}/${manifestHref?.replace(/^\//, '')}`)
    ).json()) as {
      start_url: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
    for (const size of ['192x192', '512x512']) {
      const icon = manifest.icons.find((candidate) => candidate.sizes === size);
      expect((await page.request.get(`${app.server.url}${icon?.src}`)).headers()['content-type']).toBe(
        'image/png',
      );
    }

    await context.setOffline(true);
    await page.reload();
    await page.getByText('Shown from this phone (offline).').waitFor();
    await screenshot(page, 'offline-today');
    await doWholeSession(page);
    await page.getByTestId('sync-status').filter({ hasText: 'Offline: 1 waiting' }).waitFor();
    await screenshot(page, 'offline-session-saved');

    // The app is closed before it could sync, and opened again later, still offline.
    await page.close();
    page = await openApp(context, `${app.server.url}/`);
    await page.getByTestId('sync-status').filter({ hasText: 'Offline: 1 waiting' }).waitFor();
    await page.getByText('All done for today. Well done!').waitFor();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Waiting on this phone' }).waitFor();
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: /^Session · / })
        .count(),
    ).toBe(1);
    await expectAccessible(page, 'Settings offline');
    await page.getByRole('link', { name: 'Today' }).click();

    // Back online, the first attempt reaches the server but its answer is lost on the way back.
    let cut = 0;
    await context.route('**/session-logs', async (route) => {
      if (route.request().method() !== 'POST' || cut > 0) return route.continue();
      cut += 1;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await context.setOffline(false);
    await expect.poll(() => cut).toBe(1);
    await page.getByTestId('sync-status').click();
    await page.getByTestId('sync-status').filter({ hasText: 'All saved' }).waitFor();
    await screenshot(page, 'offline-synced');

    const logs = await invitation.therapist.request<unknown[]>(
      'GET',
      `/api/v1/patients/${invitation.patientId}/session-logs?from=${daysAgo(1)}&to=${daysAgo(-1)}`,
    );
    expect(logs.body).toHaveLength(1);

    // Tomorrow, still without a connection: the week of plans read today opens tomorrow's.
    await context.setOffline(true);
    const tomorrow = await context.newPage();
    await tomorrow.clock.install({ time: new Date(Date.now() + 86_400_000) });
    await tomorrow.goto(`${app.server.url}/`);
    await tomorrow.getByText('Shown from this phone (offline).').waitFor();
    await tomorrow.getByRole('link', { name: 'Start session' }).waitFor();
    await screenshot(tomorrow, 'offline-tomorrow');
    await context.close();
  });
});
