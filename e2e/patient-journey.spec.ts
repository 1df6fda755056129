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

describe.runIf(browserAvailable)('a patient from the invitation to their progress', () => {
  const app = usePatientApp();

  it('accepts the invitation, onboards, does a full guided session and sees it in progress', async () => {
    const invitation = await invitePatient(
      app.server.url,
      { email: app.server.adminEmail, password: app.server.adminPassword },
      { name: 'Paula Patient', email: 'paula@example.test', injuryDate: daysAgo(10), side: 'left' },
    );
    const context = await phoneContext(app.browser);
    const page = await context.newPage();
    await page.clock.install();
    await acceptInvitation(page, invitation.invitationUrl, 'invitation');
    await completeOnboarding(page, { check: true });

    await page.getByRole('heading', { name: 'Today', exact: true, level: 1 }).waitFor();
    await checkIn(page, { nextMorning: 1, worst: 2, walking: 1 });
    await page.getByRole('link', { name: /Start session/ }).waitFor();
    await expectAccessible(page, 'Today');
    await screenshot(page, 'today');
    const planned = await page.locator('li.exercise').count();
    expect(planned).toBeGreaterThan(0);

    await page.getByRole('link', { name: /Start session/ }).click();
    await page
      .getByRole('group', { name: 'How much does your hip hurt right now?' })
      .getByRole('radio', { name: '1', exact: true })
      .check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const figure = page.locator('article.player svg.figure');
    await figure.waitFor();
    await expectAccessible(page, 'player');
    await screenshot(page, 'player');
    for (let index = 0; index < planned; index += 1) {
      if (index === 0) {
        await page.locator('article.player').getByRole('button', { name: 'Start' }).click();
        await page.clock.runFor(7_000);
        await page.screenshot({
          path: new URL('screenshots/player-running-viewport.png', import.meta.url).pathname,
        });
      }
      await doExercise(page, 2);
      if (index === 0) await screenshot(page, 'player-after-pain');
      if (index < planned - 1) await page.getByRole('button', { name: 'Next exercise' }).click();
    }
    await page.getByRole('button', { name: 'Next exercise' }).click();
    await page.getByRole('heading', { name: 'Session saved' }).waitFor();
    // A short summary: what was done, the pain by the guide, and when the next session is.
    await page.getByText(`You did ${planned} exercises:`).waitFor();
    await page.getByText('Highest pain 2 of 10: in the green.').waitFor();
    await page.getByText(/Your next session is (later today|tomorrow)/).waitFor();
    await page.getByTestId('sync-status').filter({ hasText: 'All saved' }).waitFor();

    const logs = await invitation.therapist.request<unknown[]>(
      'GET',
      `/api/v1/patients/${invitation.patientId}/session-logs?from=${daysAgo(1)}&to=${daysAgo(-1)}`,
    );
    expect(logs.body).toHaveLength(1);

    await page.getByRole('button', { name: 'Today' }).click();
    await page.getByText('All done for today. Well done!').waitFor();
    await page.getByRole('link', { name: 'Progress' }).click();
    await page.getByRole('heading', { name: 'Pain trend' }).waitFor();
    expect(await page.locator('rect.day-done').count()).toBe(1);
    await expectAccessible(page, 'Progress');
    await screenshot(page, 'progress');
    await page.getByRole('link', { name: 'Learn' }).click();
    await page.getByRole('heading', { name: 'Learn about your hip' }).waitFor();
    await expectAccessible(page, 'Learn');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByRole('button', { name: 'Create calendar link' }).click();
    expect(await page.getByTestId('calendar-link').getAttribute('href')).toMatch(/^webcal:\/\/.+/);
    await expectAccessible(page, 'Settings');
    await screenshot(page, 'settings');
    await context.close();
  });
});
