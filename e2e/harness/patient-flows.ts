import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, screenshot } from './browser.js';

/** The date `days` days before today (UTC), as the API takes dates. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

export const PATIENT_PASSWORD = 'patient-password-123';

/** Fails with the list of WCAG violations axe-core finds on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${where}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}

async function answerAll(
  page: Page,
  answer: 'Yes' | 'No' | 'Sí',
  except: Record<string, 'Yes' | 'No' | 'Sí'> = {},
) {
  const questions = page.locator('fieldset[data-question]');
  const count = await questions.count();
  for (let index = 0; index < count; index += 1) {
    const question = questions.nth(index);
    const id = (await question.getAttribute('data-question')) ?? '';
    await question.getByRole('radio', { name: except[id] ?? answer, exact: true }).check();
  }
}

/** Opens the invitation link and sets the password; lands on onboarding. */
export async function acceptInvitation(page: Page, invitationUrl: string, shot?: string): Promise<void> {
  await page.goto(invitationUrl);
  await page.getByLabel(/Choose a password|Elija una contraseña/).fill(PATIENT_PASSWORD);
  await page.getByLabel(/Repeat the password|Repita la contraseña/).fill(PATIENT_PASSWORD);
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: /Create my account|Crear mi cuenta/ }).click();
  await page.waitForURL('**/onboarding');
}

/** Red flags (all no unless told), tendinopathy screen, falls screen, PSFS baseline, education. */
export async function completeOnboarding(page: Page, options: { check?: boolean } = {}): Promise<void> {
  await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
  if (options.check) await expectAccessible(page, 'red-flag screen');
  await answerAll(page, 'No');
  await screenshot(page, 'onboarding-red-flags');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: 'About your hip pain' }).waitFor();
  await answerAll(page, 'No');
  if (options.check) await expectAccessible(page, 'tendinopathy screen');
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: 'Your balance and falls' }).waitFor();
  await answerAll(page, 'No');
  if (options.check) {
    await expectAccessible(page, 'falls screen');
    await screenshot(page, 'onboarding-falls');
  }
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: 'Activities that are hard for you' }).waitFor();
  await page.getByLabel('Activity 1', { exact: true }).fill('Climbing stairs');
  await page.getByLabel('How well can you do it? (0-10)').selectOption('4');
  if (options.check) await expectAccessible(page, 'PSFS');
  await screenshot(page, 'onboarding-psfs');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('heading', { name: 'Learn about your hip' }).waitFor();
  if (options.check) await expectAccessible(page, 'education');
  await screenshot(page, 'onboarding-education');
  await page.getByRole('button', { name: 'I have read this' }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

export { answerAll };

/** Morning check-in with the given pains (walking pain opens phase 1 once the rest days are over). */
export async function checkIn(page: Page, pains: { nextMorning: number; worst: number; walking: number }) {
  await page.getByRole('link', { name: 'Morning check-in' }).click();
  await page.getByRole('heading', { name: 'Morning check-in' }).waitFor();
  const groups = [
    ['Pain on waking this morning', pains.nextMorning],
    ['Worst pain in the last 24 hours', pains.worst],
    ['Pain when walking', pains.walking],
  ] as const;
  for (const [legend, value] of groups)
    await page
      .getByRole('group', { name: legend })
      .getByRole('radio', { name: String(value), exact: true })
      .check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
}

/**
 * Goes through the current exercise with the player's timers, the page's clock run forward (the page
 * must have `page.clock.install()` before it loaded), then answers the pain question.
 */
export async function doExercise(page: Page, painScore: number): Promise<void> {
  const start = page.locator('article.player').getByRole('button', { name: 'Start' });
  if (await start.isVisible()) await start.click();
  const painForm = page.getByRole('group', { name: 'Pain during this exercise (0-10)' });
  for (let step = 0; step < 300 && !(await painForm.isVisible()); step += 1) await page.clock.runFor(2_000);
  await painForm.getByRole('radio', { name: String(painScore), exact: true }).check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}
