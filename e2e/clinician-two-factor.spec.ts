import { describe, expect, it } from 'vitest';
import { browserAvailable, desktopContext, screenshot } from './harness/browser.js';
import { expectNoAxeViolations, signInByKeyboard } from './harness/clinic-pages.js';
import { DEMO } from './harness/demo-server.js';
import { useClinicApp } from './harness/suites.js';
import { totpCode } from './harness/totp.js';

describe.runIf(browserAvailable)('staff two-step sign-in with an authenticator code', () => {
  const clinic = useClinicApp();
  let secret = '';

  const newPage = async () => (await desktopContext(clinic.browser, 'en-GB')).newPage();

  it('turns TOTP on from the account page: QR code, the key as text, confirmed with a code', async () => {
    const page = await newPage();
    await signInByKeyboard(page, clinic.demo.url, DEMO.therapist, DEMO.password);
    await page.getByRole('link', { name: 'Account' }).click();
    const panel = page.getByRole('region', { name: 'Two-step sign-in' });
    await panel.getByText(/^Two-step sign-in is off/).waitFor();
    await panel.getByLabel('Your password').fill('not the password');
    await panel.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    await panel.getByRole('alert').waitFor();
    await panel.getByLabel('Your password').fill(DEMO.password);
    await panel.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    const qr = panel.getByRole('img', { name: 'QR code to add this account to an authenticator app' });
    await qr.waitFor();
    await expect(qr.evaluate((image: HTMLImageElement) => image.naturalWidth > 0)).resolves.toBe(true);
    secret = await panel.getByLabel('Key, to type in by hand').inputValue();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectNoAxeViolations(page, 'two-factor enrolment');
    await screenshot(page, 'clinician-two-factor-enrol');
    await panel.getByLabel('Code from the app').fill(totpCode(secret, new Date()));
    await panel.getByRole('button', { name: 'Confirm and turn on' }).click();
    await panel.getByText(/^Two-step sign-in is on/).waitFor();
    await page.context().close();
  });

  it('asks for the code after the password, refuses a wrong one, and signs in with the right one', async () => {
    expect(secret).not.toBe('');
    const page = await newPage();
    await page.goto(`${clinic.demo.url}/clinic/sign-in`);
    await page.getByLabel('Email').focus();
    await page.keyboard.type(DEMO.therapist);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO.password);
    await page.keyboard.press('Enter');
    const code = page.getByLabel('Code from your authenticator app');
    await code.waitFor();
    await expect(code.evaluate((field) => field === document.activeElement)).resolves.toBe(true);
    await expectNoAxeViolations(page, 'sign-in code step');
    await screenshot(page, 'clinician-sign-in-code');
    const right = totpCode(secret, new Date());
    await page.keyboard.type(right === '000000' ? '111111' : '000000');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText('That code was not accepted').waitFor();
    await code.fill(totpCode(secret, new Date()));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor();
    await page.context().close();
  });
});
