import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './harness/api.js';
import { browserAvailable, desktopContext, screenshot } from './harness/browser.js';
import { expectNoAxeViolations, isoDateFromToday, signInByKeyboard } from './harness/clinic-pages.js';
import { DEMO } from './harness/demo-server.js';
import { useClinicApp } from './harness/suites.js';

describe.runIf(browserAvailable)('the clinic admin in the clinician app', () => {
  const clinic = useClinicApp();
  let page: Page;

  beforeAll(async () => {
    const context = await desktopContext(clinic.browser, 'en-GB');
    page = await context.newPage();
    await signInByKeyboard(page, clinic.demo.url, DEMO.admin, DEMO.password);
  });

  it('signs in from a Spanish clinic.browser with the keyboard, skip link first, and no axe violation', async () => {
    const context = await desktopContext(clinic.browser, 'es-ES');
    const spanish = await context.newPage();
    await spanish.goto(`${clinic.demo.url}/clinic`);
    await spanish.getByRole('heading', { name: 'Entrar en la clínica' }).waitFor();
    await expect(spanish.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expectNoAxeViolations(spanish, 'sign-in in Spanish');
    await screenshot(spanish, 'clinician-sign-in-es');
    await spanish.keyboard.press('Tab');
    await expect(spanish.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Saltar al contenido',
    );
    // A patient registered today waits for the therapist's confirmation (protocol 2.0): a reason the app
    // words from its code.
    const therapist = new ApiSession(clinic.demo.url);
    await therapist.signIn(DEMO.therapist, DEMO.password);
    const created = await therapist.request('POST', '/api/v1/patients', {
      name: 'Inés Navarro',
      email: 'ines@clinic.test',
      injuryDate: isoDateFromToday(-2),
      side: 'left',
      timeZone: 'Europe/Madrid',
    });
    expect(created.status).toBe(201);
    await signInByKeyboard(spanish, clinic.demo.url, DEMO.therapist, DEMO.password);
    await spanish.locator('table.patients tbody tr').first().waitFor();
    const ines = spanish.locator('table.patients tbody tr', { hasText: 'Inés Navarro' });
    await ines
      .getByText(/^Pendiente de su confirmación/)
      .first()
      .waitFor();
    await expect(
      spanish
        .locator('table.patients')
        .getByText(/^Waiting for your confirmation/)
        .count(),
    ).resolves.toBe(0);
    // The alerts behind the order are read in the reader's language.
    await spanish
      .locator('table.patients')
      .getByText(/^Recaída: dolor matutino 5\/10/)
      .first()
      .waitFor();
    await expectNoAxeViolations(spanish, 'patient list in Spanish');
    await screenshot(spanish, 'clinician-patients-es');
    await context.close();
  });

  it('invites a therapist with a link and QR code, then deactivates them, who can no longer sign in', async () => {
    await page.getByRole('link', { name: 'Therapists' }).click();
    await page.getByRole('heading', { name: 'Invite a therapist' }).waitFor();
    await page.getByLabel('Name').fill('Tomás Vidal');
    await page.getByLabel('Email').fill('tomas@clinic.test');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    const link = page.getByLabel(/One-time link/);
    await link.waitFor();
    await page.getByRole('img', { name: /QR code .* Tomás Vidal/ }).waitFor();
    await expectNoAxeViolations(page, 'therapists');
    await screenshot(page, 'clinician-therapists');
    const token = (await link.inputValue()).split('/invite/')[1] ?? '';
    const tomas = new ApiSession(clinic.demo.url);
    await tomas.request('POST', `/api/v1/invitations/${token}/accept`, { password: 'tomas-password-123' });

    await page.getByRole('button', { name: 'Deactivate Tomás Vidal' }).click();
    // Deactivating asks first.
    await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await page.getByRole('button', { name: 'Reactivate Tomás Vidal' }).waitFor();
    const again = new ApiSession(clinic.demo.url);
    await expect(again.signIn('tomas@clinic.test', 'tomas-password-123')).rejects.toThrow(/401/);
  });

  it('filters the audit log by who, patient and date', async () => {
    const therapist = new ApiSession(clinic.demo.url);
    await therapist.signIn(DEMO.therapist, DEMO.password);
    const patients = await therapist.request<{ items: { id: string; name: string }[] }>(
      'GET',
      '/api/v1/patients',
    );
    const james = patients.body.items.find((patient) => patient.name === 'James Carter');
    await therapist.request('GET', `/api/v1/patients/${james?.id}/summary`);
    await page.getByRole('link', { name: 'Audit log' }).click();
    const rows = page.locator('table.data tbody tr');
    await rows.first().waitFor();
    await page.getByLabel(/^Who/).selectOption({ label: 'Dr. Alba Ruiz, PT' });
    await page.getByLabel(/^Patient/).selectOption({ label: 'James Carter' });
    await page.getByLabel(/^From/).fill(isoDateFromToday(-1));
    await page.getByLabel(/^To/).fill(isoDateFromToday(1));
    await page.getByRole('button', { name: 'Show' }).click();
    // The table shows the unfiltered log until the filtered answer arrives.
    const onlyFiltered = async () => {
      const texts = await rows.allTextContents();
      return (
        texts.length > 0 &&
        texts.every((text) => text.includes('Dr. Alba Ruiz, PT') && text.includes('James Carter'))
      );
    };
    await expect.poll(onlyFiltered).toBe(true);
    await page.getByText('summary.read', { exact: true }).first().waitFor();
    await expectNoAxeViolations(page, 'audit');
    await screenshot(page, 'clinician-audit');
  });

  it('lists patients for the admin without the therapist-only invitation form', async () => {
    await page.getByRole('link', { name: 'Patients' }).click();
    await page.locator('table.patients tbody tr').first().waitFor();
    await expect(page.getByRole('heading', { name: 'Add and invite a patient' }).count()).resolves.toBe(0);
  });
});
