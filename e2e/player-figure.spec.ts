import { describe, expect, it } from 'vitest';
import { invitePatient } from './harness/api.js';
import { browserAvailable, phoneContext } from './harness/browser.js';
import { acceptInvitation, checkIn, completeOnboarding, daysAgo } from './harness/patient-flows.js';
import { usePatientApp } from './harness/suites.js';

describe.runIf(browserAvailable)('the exercise figure in the player', () => {
  const app = usePatientApp();

  it('moves only while the player runs, stops when it pauses, and shows one loop per counted rep', async () => {
    const invitation = await invitePatient(
      app.server.url,
      { email: app.server.adminEmail, password: app.server.adminPassword },
      { name: 'Fiona Figure', email: 'fiona@example.test', injuryDate: daysAgo(10), side: 'left' },
    );
    const context = await phoneContext(app.browser);
    const page = await context.newPage();
    await page.clock.install();
    await acceptInvitation(page, invitation.invitationUrl);
    await completeOnboarding(page, { check: true });
    await page.getByRole('heading', { name: 'Today', exact: true, level: 1 }).waitFor();
    await checkIn(page, { nextMorning: 1, worst: 2, walking: 1 });
    await expect.poll(() => page.locator('li.exercise svg.figure').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: /Start session/ }).click();
    await page
      .getByRole('group', { name: 'How much does your hip hurt right now?' })
      .getByRole('radio', { name: '1', exact: true })
      .check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const player = page.locator('article.player');
    const figure = player.locator('.player-figure');
    await figure.waitFor();
    expect(await player.getAttribute('data-exercise')).toBe('crossover-dynamic');

    const beforeStart = await figure.innerHTML();
    await page.clock.runFor(1_500);
    expect(await figure.innerHTML(), 'still before the player starts').toBe(beforeStart);

    await player.getByRole('button', { name: 'Start' }).click();
    await page.clock.runFor(6_000);
    const moving = await figure.getAttribute('data-moment');
    await page.clock.runFor(600);
    expect(await figure.getAttribute('data-moment'), 'moves during a rep').not.toBe(moving);

    await player.getByRole('button', { name: 'Pause' }).click();
    const paused = await figure.innerHTML();
    await page.clock.runFor(3_000);
    expect(await figure.innerHTML(), 'stops while paused').toBe(paused);
    await player.getByRole('button', { name: 'Continue', exact: true }).click();

    // Into the fourth rep, past the end of its movement.
    await page.clock.runFor(13_000);
    const counter = (await page.getByTestId('counter').textContent()) ?? '';
    const rep = Number(/Rep (\d+)/.exec(counter)?.[1]);
    expect(rep).toBe(4);
    expect(Number(await figure.getAttribute('data-reps-shown'))).toBe(rep);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.runFor(300);
    const reduced = await figure.innerHTML();
    await page.clock.runFor(1_500);
    expect(await figure.innerHTML(), 'still under reduced motion').toBe(reduced);
  });
});
