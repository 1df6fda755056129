import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './harness/api.js';
import { browserAvailable, desktopContext, screenshot } from './harness/browser.js';
import { expectNoAxeViolations, isoDateFromToday, signInByKeyboard } from './harness/clinic-pages.js';
import { DEMO } from './harness/demo-server.js';
import { useClinicApp } from './harness/suites.js';

/** More patients than one page holds (50): the list shows the first page and the rest on request. */
const PATIENTS = 52;

describe.runIf(browserAvailable)("the clinic's patient list, page by page", () => {
  const clinic = useClinicApp();

  beforeAll(async () => {
    const therapist = new ApiSession(clinic.demo.url);
    await therapist.signIn(DEMO.therapist, DEMO.password);
    for (let index = 0; index < PATIENTS; index += 1) {
      await therapist.request('POST', '/api/v1/patients', {
        name: `Paciente ${String(index).padStart(2, '0')}`,
        email: `patient-${index}@clinic.test`,
        injuryDate: isoDateFromToday(-3 - (index % 9)),
        side: index % 2 ? 'left' : 'right',
        timeZone: 'Europe/Madrid',
      });
    }
  });

  it('shows 50 patients, then the rest numbered on, in Spanish', async () => {
    const context = await desktopContext(clinic.browser, 'es-ES');
    const page = await context.newPage();
    await signInByKeyboard(page, clinic.demo.url, DEMO.therapist, DEMO.password);
    const rows = page.locator('table.patients tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(50);
    const more = page.getByRole('button', { name: 'Mostrar más pacientes' });
    await more.focus();
    await page.keyboard.press('Enter');
    const total = PATIENTS + 4; // and the demo clinic's four
    await expect.poll(() => rows.count()).toBe(total);
    await expect(rows.last().locator('td').first().textContent()).resolves.toBe(String(total));
    await expect(more.count()).resolves.toBe(0);
    await expectNoAxeViolations(page, 'patient list, second page');
    await screenshot(page, 'clinician-patients-pages');
    await context.close();
  });
});
