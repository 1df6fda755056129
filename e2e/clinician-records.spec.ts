import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './harness/api.js';
import { browserAvailable, desktopContext, screenshot } from './harness/browser.js';
import { expectNoAxeViolations, signInByKeyboard } from './harness/clinic-pages.js';
import { DEMO } from './harness/demo-server.js';
import { useClinicApp } from './harness/suites.js';

interface Report {
  patients: { patientName: string; periods: { meetsSixteenDays: boolean }[] }[];
}

describe.runIf(browserAvailable)(
  "the clinician's records: alerts, outcome scores, calendar feed, monitoring",
  () => {
    const clinic = useClinicApp();
    let page: Page;

    beforeAll(async () => {
      const context = await desktopContext(clinic.browser, 'en-GB', { acceptDownloads: true });
      page = await context.newPage();
      await signInByKeyboard(page, clinic.demo.url, DEMO.therapist, DEMO.password);
      await page.getByRole('link', { name: 'James Carter' }).click();
      await page.getByRole('heading', { level: 1, name: 'James Carter' }).waitFor();
    });

    it('states the significant setback to the therapist with a contact task, and the calm message the patient was told', async () => {
      const alerts = page.getByRole('region', { name: /Alerts/ });
      const finding = alerts.getByText(
        /^Significant setback on \d{4}-\d{2}-\d{2}: .*program dropped to phase \d/,
      );
      await finding.first().waitFor();
      await expect(finding.first().textContent()).resolves.toMatch(
        /contact the patient within 2 working days/,
      );
      await alerts
        .getByText(/^The patient was told: Your pain has flared up over the last few days/)
        .first()
        .waitFor();
      await expect(alerts.getByText(/your physician/).count()).resolves.toBe(0);
    });

    it('refuses an out-of-range LEFS total with a message, then lists a valid one', async () => {
      const outcomes = page.getByRole('region', { name: /Outcome scores/ });
      await outcomes.getByText('No outcome score yet.').waitFor();
      await outcomes.getByLabel('Questionnaire').selectOption('LEFS');
      await outcomes.getByLabel('Total score').fill('85');
      await outcomes.getByRole('button', { name: 'Save score' }).click();
      const problem = outcomes.getByRole('alert');
      await expect(problem.textContent()).resolves.toBe('Out of range: LEFS totals run from 0 to 80.');
      await expect(outcomes.getByLabel('Total score').getAttribute('aria-invalid')).resolves.toBe('true');
      await outcomes.getByLabel('Total score').fill('52');
      await outcomes.getByLabel('Total score').press('Enter');
      const row = outcomes.locator('table tbody tr');
      await row.first().waitFor();
      await expect(row.first().textContent()).resolves.toMatch(/LEFS52Dr\. Alba Ruiz, PT/);
      await outcomes.getByLabel('Questionnaire').selectOption('VISA-G');
      await outcomes.getByLabel('Total score').fill('101');
      await outcomes.getByRole('button', { name: 'Save score' }).click();
      await expect(problem.textContent()).resolves.toBe('Out of range: VISA-G totals run from 0 to 100.');
      await expect.poll(() => row.count()).toBe(1);
      await outcomes.scrollIntoViewIfNeeded();
      await expectNoAxeViolations(page, 'outcome scores');
      await screenshot(page, 'clinician-outcome-scores');
    });

    it('revokes the calendar feed after a confirmation, and the old link stops working', async () => {
      const exports = page.getByRole('region', { name: 'Exports' });
      await exports.getByText('No calendar feed link is active.').waitFor();
      await exports.getByRole('button', { name: 'Create a calendar feed link' }).click();
      const link = exports.getByLabel(/Calendar feed \(subscribe/);
      await link.waitFor();
      const feed = await link.inputValue();
      expect((await fetch(feed)).status).toBe(200);
      await exports.getByText(/^A calendar feed link is active, made /).waitFor();
      await exports.getByRole('button', { name: 'Revoke the calendar feed link' }).click();
      const confirm = exports.getByRole('button', { name: 'Yes, revoke the link' });
      await expect(confirm.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
      await expectNoAxeViolations(page, 'calendar feed confirmation');
      await screenshot(page, 'clinician-calendar-revoke');
      await page.keyboard.press('Enter');
      await exports.getByText(/^The calendar feed link was revoked/).waitFor();
      await expect(link.count()).resolves.toBe(0);
      expect((await fetch(feed)).status).toBe(404);
    });

    it("shows the patient's 30-day monitoring report, with its CSV", async () => {
      await page.getByRole('link', { name: '30-day remote-monitoring report' }).click();
      await page.getByRole('heading', { level: 1, name: '30-day remote monitoring: James Carter' }).waitFor();
      const table = page.getByRole('table', { name: /Each 30-day period/ });
      await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
      await expectNoAxeViolations(page, 'patient monitoring');
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download this report (CSV)' }).click();
      const { readFile } = await import('node:fs/promises');
      const csv = await readFile(await (await download).path(), 'utf8');
      const lines = csv.trim().split(/\r?\n/);
      expect(lines.length).toBe((await table.locator('tbody tr').count()) + 1);
      expect(lines.slice(1).every((line) => line.includes('James Carter'))).toBe(true);
    });

    it("shows the clinic's report with each period of 16 or more days marked, in English and Spanish", async () => {
      await page.getByRole('link', { name: 'Monitoring' }).click();
      await page.getByRole('heading', { level: 1, name: '30-day remote monitoring' }).waitFor();
      const api = new ApiSession(clinic.demo.url);
      await api.signIn(DEMO.therapist, DEMO.password);
      const { body } = await api.request<Report>('GET', '/api/v1/reports/monitoring');
      const periods = body.patients.flatMap((patient) => patient.periods);
      const table = page.getByRole('table', { name: /Each 30-day period/ });
      await expect(table.locator('tbody tr').count()).resolves.toBe(periods.length);
      await expect(table.getByText('16+ days', { exact: true }).count()).resolves.toBe(
        periods.filter((period) => period.meetsSixteenDays).length,
      );
      for (const patient of body.patients)
        await table.getByRole('rowheader', { name: patient.patientName }).first().waitFor();
      await expectNoAxeViolations(page, 'clinic monitoring');
      await screenshot(page, 'clinician-monitoring');
      await page.getByLabel('Language').selectOption('es');
      await page.getByRole('heading', { level: 1, name: 'Seguimiento remoto de 30 días' }).waitFor();
      await expectNoAxeViolations(page, 'clinic monitoring in Spanish');
      await screenshot(page, 'clinician-monitoring-es');
      await page.getByLabel('Idioma').selectOption('en');
    });

    it('names the therapist who acknowledged an alert, and the actor of each audit event, to the admin', async () => {
      const context = await desktopContext(clinic.browser, 'en-GB');
      const admin = await context.newPage();
      await signInByKeyboard(admin, clinic.demo.url, DEMO.admin, DEMO.password);
      await admin.getByRole('link', { name: 'James Carter' }).click();
      const alerts = admin.getByRole('region', { name: /Alerts/ });
      await alerts.getByText(/acknowledged alerts/i).click();
      await alerts
        .getByText(/^Acknowledged by Dr\. Alba Ruiz, PT on /)
        .first()
        .waitFor();
      await admin.getByRole('link', { name: 'Audit log' }).click();
      await admin.locator('table.data tbody tr').first().waitFor();
      await admin.locator('table.data').getByText('Alex Admin (admin)').first().waitFor();
      await context.close();
    });
  },
);
