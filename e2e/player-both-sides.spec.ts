import { describe, expect, it } from 'vitest';
import { invitePatient } from './harness/api.js';
import { browserAvailable, phoneContext, screenshot } from './harness/browser.js';
import {
  acceptInvitation,
  checkIn,
  completeOnboarding,
  daysAgo,
  doExercise,
} from './harness/patient-flows.js';
import { usePatientApp } from './harness/suites.js';

describe.runIf(browserAvailable)('the player on a program that treats both sides', () => {
  const app = usePatientApp();

  it('says and shows which leg is next, mirrors the figure, and logs each leg', async () => {
    const invitation = await invitePatient(
      app.server.url,
      { email: app.server.adminEmail, password: app.server.adminPassword },
      { name: 'Bea Both', email: 'bea@example.test', injuryDate: daysAgo(10), side: 'both' },
    );
    const context = await phoneContext(app.browser);
    // What the player says is recorded instead of spoken.
    await context.addInitScript(() => {
      const spoken: string[] = [];
      Object.assign(window, { spokenCues: spoken });
      class Utterance {
        lang = '';
        rate = 1;
        constructor(public text: string) {}
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      Object.defineProperty(window, 'speechSynthesis', {
        value: { speak: (utterance: Utterance) => spoken.push(utterance.text), cancel: () => undefined },
        configurable: true,
      });
    });
    const page = await context.newPage();
    await page.clock.install();
    await acceptInvitation(page, invitation.invitationUrl);
    await completeOnboarding(page, { check: true });
    await page.getByRole('heading', { name: 'Today', exact: true, level: 1 }).waitFor();
    await checkIn(page, { nextMorning: 1, worst: 2, walking: 1 });
    const today = page.locator('li.exercise[data-exercise="crossover-dynamic"]');
    await expect.poll(() => today.count()).toBe(2);
    expect(await today.evaluateAll((items) => items.map((item) => item.getAttribute('data-side')))).toEqual([
      'left',
      'right',
    ]);
    await screenshot(page, 'today-both-sides');

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
    expect(await player.getByTestId('leg-now').textContent()).toBe('Now the left leg');
    expect(await figure.getAttribute('data-side')).toBe('left');
    await screenshot(page, 'player-both-sides-left');
    const leftFigure = await figure.locator('svg').innerHTML();
    await player.getByRole('button', { name: 'Start' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { spokenCues: string[] }).spokenCues.join(' | ')))
      .toMatch(/^Now the left leg\. Get ready/);
    await doExercise(page, 2);
    await page.getByRole('button', { name: 'Next exercise' }).click();

    await expect.poll(() => player.getByTestId('leg-now').textContent()).toBe('Now the right leg');
    expect(await player.getAttribute('data-exercise')).toBe('crossover-dynamic');
    expect(await figure.getAttribute('data-side')).toBe('right');
    expect(await figure.locator('svg').innerHTML(), 'the figure mirrors for the right leg').not.toBe(
      leftFigure,
    );
    await player.getByRole('button', { name: 'Start' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { spokenCues: string[] }).spokenCues))
      .toContainEqual(expect.stringMatching(/^Now the right leg\. Get ready/));
    await doExercise(page, 3);
    await page.getByRole('button', { name: 'Next exercise' }).click();
    await page.getByRole('button', { name: 'Finish session' }).click();
    await page.getByRole('heading', { name: 'Session saved' }).waitFor();

    // The log the server stored names each leg.
    await expect
      .poll(async () => {
        const response = await invitation.therapist.request<
          { exercises: { exerciseId: string; side?: string; painScore: number }[] }[]
        >('GET', `/api/v1/patients/${invitation.patientId}/session-logs?from=${daysAgo(0)}&to=${daysAgo(0)}`);
        return response.body.flatMap((log) =>
          log.exercises.map((entry) => `${entry.exerciseId} ${entry.side} ${entry.painScore}`),
        );
      })
      .toEqual(['crossover-dynamic left 2', 'crossover-dynamic right 3']);
  });
});
