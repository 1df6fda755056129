import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './browser.js';

/** Signs in through the clinician sign-in page with the keyboard only, as a therapist at a desk would. */
export async function signInByKeyboard(
  page: Page,
  baseUrl: string,
  email: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/clinic/sign-in`);
  const emailField = page.getByLabel(/email|correo/i);
  await emailField.focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /patients|pacientes/i }).waitFor();
}

/** Fails with the rule ids and the elements when axe-core finds a WCAG 2.2 A/AA violation. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(
    violations.map(
      (violation) => `${where}: ${violation.id} ${violation.help} ${JSON.stringify(violation.nodes)}`,
    ),
  ).toEqual([]);
}

/** A date `days` away from today, as `YYYY-MM-DD` in this machine's zone (the patients' zone in these tests). */
export function isoDateFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
