import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, desktopContext, screenshot } from './harness/browser.js';
import { expectNoAxeViolations, signInByKeyboard } from './harness/clinic-pages.js';
import { DEMO } from './harness/demo-server.js';
import { useClinicApp } from './harness/suites.js';

/** The program editor of Greta Vogel, the clinic.demo patient whose screen points to gluteal tendinopathy. */
describe.runIf(browserAvailable)('the program editor', () => {
  const clinic = useClinicApp();
  let page: Page;

  const exerciseRow = (name: string): Locator => page.getByRole('row').filter({ hasText: name });
  const changeForm = (title: RegExp): Locator => page.getByRole('form', { name: title });

  beforeAll(async () => {
    const context = await desktopContext(clinic.browser, 'en-GB');
    page = await context.newPage();
    await signInByKeyboard(page, clinic.demo.url, DEMO.therapist, DEMO.password);
    await page.getByRole('link', { name: 'Greta Vogel' }).click();
    await page.getByRole('link', { name: 'Edit the program' }).click();
    await page.getByRole('heading', { name: 'Program of Greta Vogel' }).waitFor();
  });

  it('unlocks an adduction stretch for tendinopathy only by recording a muscle-strain diagnosis', async () => {
    await expect(exerciseRow('Lying crossover stretch, held').textContent()).resolves.toMatch(/tendinopathy/);
    await exerciseRow('Lying crossover stretch, held').getByRole('button').focus();
    await page.keyboard.press('Enter');
    const unlock = changeForm(/Unlock Lying crossover stretch, held/);
    await expect(unlock.textContent()).resolves.toMatch(
      /Only recording a muscle-strain diagnosis unlocks them/,
    );
    await expect(changeForm(/^Resume Lying crossover/).count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'program editor, tendinopathy');
    await screenshot(page, 'clinician-program-tendinopathy');
    await unlock.getByLabel(/Reason/).fill('Ultrasound shows a muscle strain, tendon intact');
    await unlock.getByRole('button', { name: 'Record a muscle-strain diagnosis' }).click();
    await expect
      .poll(() => exerciseRow('Lying crossover stretch, held').textContent())
      .toMatch(/In the plan/);
  });

  it('refuses two resistance days in a row with the reason, and keeps the program as it was', async () => {
    const version = await page.getByText(/^Version \d+\./).textContent();
    const form = changeForm(/Resistance weekdays/);
    for (const day of ['Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])
      await form.getByLabel(day).uncheck();
    await form.getByLabel('Monday').check();
    await form.getByLabel('Tuesday').check();
    await form.getByLabel(/Reason/).fill('Patient works Wednesdays');
    await form.getByRole('button', { name: 'Save' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: /no two resistance days/ })
      .waitFor();
    await expect(page.getByText(/^Version \d+\./).textContent()).resolves.toBe(version);
  });

  it('refuses a dose change with no value instead of saving an empty version', async () => {
    const version = await page.getByText(/^Version \d+\./).textContent();
    await exerciseRow('Lying knee push-out against a belt').getByRole('button').click();
    const form = changeForm(/Change the dose of Lying knee push-out/);
    await form.getByLabel(/Reason/).fill('Checking the form');
    await form.getByRole('button', { name: 'Save the dose' }).click();
    await form.getByRole('alert').filter({ hasText: 'Nothing to save' }).waitFor();
    await expect(page.getByText(/^Version \d+\./).textContent()).resolves.toBe(version);
  });

  it('overrides the phase and signs off a gate, each with its reason in the timeline', async () => {
    const override = changeForm(/Override the phase/);
    await override.getByLabel('Phase').selectOption('2');
    await override.getByLabel(/Reason/).fill('Strong and pain-free in clinic testing');
    await override.getByRole('button', { name: 'Set the phase' }).click();
    // Overriding the engine asks first; Cancel would keep the phase.
    await override.getByText(/from today\? The engine's own phase decisions are set aside/).waitFor();
    await override.getByRole('button', { name: 'Set the phase' }).click();
    await override.getByRole('status').waitFor();
    // The selector shows the phase the program now has.
    expect(await override.getByLabel('Phase').inputValue()).toBe('2');
    const signOff = changeForm(/Sign off a gate/);
    await signOff.getByLabel('What you sign off').selectOption('tendinopathy-isometrics');
    await signOff.getByLabel(/Reason/).fill('Supine and standing isometrics reviewed together');
    await signOff.getByRole('button', { name: 'Sign off' }).click();
    await signOff.getByRole('status').waitFor();

    await page.getByRole('link', { name: 'Back to Greta Vogel' }).click();
    const timeline = page.getByRole('region', { name: 'Phase timeline and decisions' });
    await timeline.getByText('Reason: Strong and pain-free in clinic testing').waitFor();
    await timeline.getByText('Reason: Supine and standing isometrics reviewed together').waitFor();
    await expect(page.getByText('Phase 2: Adding strength work').count()).resolves.toBe(1);
  });

  it('records a strength test and shows the limb symmetry against its target', async () => {
    await page.getByRole('link', { name: 'Edit the program' }).click();
    await page.getByLabel('Injured side (N)').fill('171');
    await page.getByLabel('Other side (N)').fill('190');
    await page.getByRole('button', { name: 'Record the test' }).click();
    await page.getByRole('status').filter({ hasText: 'Test recorded' }).waitFor();
    await page.getByRole('link', { name: 'Back to Greta Vogel' }).click();
    const symmetry = page.getByRole('img', { name: 'Limb symmetry (injured / uninjured)' });
    await expect(symmetry.textContent()).resolves.toContain('90 %');
    await expectNoAxeViolations(page, 'patient page after changes');
    await screenshot(page, 'clinician-patient-after-changes');
  });

  it('sets the program to both sides: each leg is measured, and limb symmetry is no longer charted', async () => {
    await page.getByRole('link', { name: 'Edit the program' }).click();
    const side = changeForm(/Side to treat/);
    await side.getByLabel('Injured side').selectOption('both');
    await side.getByLabel(/Reason/).fill('The left hip is painful too');
    await side.getByRole('button', { name: 'Save' }).click();
    await side.getByRole('status').waitFor();
    expect(await side.getByLabel('Injured side').inputValue()).toBe('both');
    await page.getByLabel('Left leg (N)').waitFor();
    await page.getByLabel('Right leg (N)').waitFor();
    await page.getByRole('link', { name: 'Back to Greta Vogel' }).click();
    await page.getByText('Both sides are treated: limb symmetry is not a target').waitFor();
    await expect(
      page.getByRole('img', { name: 'Limb symmetry (injured / uninjured)' }).count(),
    ).resolves.toBe(0);
  });
});
