import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiSession } from './harness/api.js';
import { browserAvailable, desktopContext, screenshot } from './harness/browser.js';
import { expectNoAxeViolations, isoDateFromToday, signInByKeyboard } from './harness/clinic-pages.js';
import { DEMO } from './harness/demo-server.js';
import { useClinicApp } from './harness/suites.js';

interface PlanView {
  phase: number;
  exercises: { exerciseId: string; prescription: { holdSeconds: number | null } }[];
}

describe.runIf(browserAvailable)("the therapist's day in the clinician app", () => {
  const clinic = useClinicApp();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await desktopContext(clinic.browser, 'en-GB', { acceptDownloads: true });
    page = await context.newPage();
    await signInByKeyboard(page, clinic.demo.url, DEMO.therapist, DEMO.password);
  });

  it('lists the patient with a significant setback first, with the reasons, and filters by name', async () => {
    const rows = page.locator('table.patients tbody tr');
    await rows.first().waitFor();
    await expect(rows.first().locator('th').textContent()).resolves.toBe('James Carter');
    await expect(rows.first().textContent()).resolves.toMatch(/Significant setback/);
    await expectNoAxeViolations(page, 'patient list');
    await screenshot(page, 'clinician-patients');
    await page.getByLabel('Search by name').fill('Greta');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().locator('th').textContent()).resolves.toBe('Greta Vogel');
    await page.getByLabel('Search by name').fill('');
    await page.getByLabel('Show').selectOption('attention');
    // James Carter after his flare, and Rosa Martín waiting for the therapist's confirmation.
    await expect.poll(() => rows.count()).toBe(2);
    await expect(rows.nth(1).locator('th').textContent()).resolves.toBe('Rosa Martín');
    await page.getByLabel('Show').selectOption('all');
  });

  it('invites a patient, who logs a session, and the therapist sees it', async () => {
    await page.getByLabel('Full name').fill('Nora Lind');
    await page.getByLabel('Email', { exact: true }).fill('nora@clinic.test');
    await page.getByLabel('Injury date').fill(isoDateFromToday(-10));
    await page.getByLabel('Injured side').selectOption('left');
    await page.getByLabel('Diagnosis').selectOption('muscle-strain');
    await page.getByRole('button', { name: 'Add patient and create invitation' }).click();
    const link = page.getByLabel(/One-time link/);
    await link.waitFor();
    await expect(
      page.getByRole('img', { name: /QR code of the invitation link for Nora Lind/ }).isVisible(),
    ).resolves.toBe(true);
    await expectNoAxeViolations(page, 'invitation');
    await screenshot(page, 'clinician-invite');
    const token = (await link.inputValue()).split('/invite/')[1] ?? '';

    const patient = new ApiSession(clinic.demo.url);
    const accepted = await patient.request<{ patientId: string }>(
      'POST',
      `/api/v1/invitations/${token}/accept`,
      {
        password: 'nora-password-123',
      },
    );
    const patientId = accepted.body.patientId;
    await patient.request('POST', `/api/v1/patients/${patientId}/check-ins`, {
      clientId: randomUUID(),
      date: isoDateFromToday(-1),
      nextMorningPain: 1,
      worstPain24h: 2,
      walkingPain: 1,
    });
    // The therapist confirms the program before day 1 (CLINICAL 1); until then Nora has no exercises.
    const waiting = await patient.request<PlanView & { status: string }>(
      'GET',
      `/api/v1/patients/${patientId}/plan`,
    );
    expect(waiting.body.status).toBe('awaiting-confirmation');
    await page.reload();
    await page.getByRole('link', { name: 'Nora Lind' }).click();
    const confirm = page.getByTestId('confirm-program');
    await confirm.getByLabel('Your note (what you reviewed)').fill('Onboarding answers reviewed with Nora');
    await expectNoAxeViolations(page, 'confirm the program');
    await confirm.getByRole('button', { name: 'Confirm the program' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Patients' }).click();
    const plan = await patient.request<PlanView>('GET', `/api/v1/patients/${patientId}/plan`);
    const exercise = plan.body.exercises.find((entry) => entry.prescription.holdSeconds !== null);
    if (!exercise) throw new Error('the plan has no hold exercise');
    await patient.request('POST', `/api/v1/patients/${patientId}/session-logs`, {
      clientId: randomUUID(),
      date: isoDateFromToday(0),
      baselinePain: 1,
      exercises: [
        {
          exerciseId: exercise.exerciseId,
          sets: [{ reps: null, holdSeconds: 9, loadKg: 0 }],
          painScore: 7,
          stoppedEarly: true,
        },
      ],
    });

    await page.reload();
    await page.getByRole('link', { name: 'Nora Lind' }).click();
    const logs = page.getByRole('region', { name: 'Session logs' });
    await logs.getByRole('cell', { name: /stopped early/ }).waitFor();
    await expect(logs.textContent()).resolves.toMatch(/7\/10/);
    await expectNoAxeViolations(page, 'patient page');
    await screenshot(page, 'clinician-patient-new');
  });

  it("edits a dose with a reason, and the patient's next plan carries it", async () => {
    await page.getByRole('link', { name: 'Edit the program' }).click();
    await page.getByRole('heading', { name: 'Program of Nora Lind' }).waitFor();
    await page.getByRole('button', { name: 'Side-lying leg press-up under a bed' }).click();
    const form = page.getByRole('form', { name: /Change the dose of Side-lying leg press-up/ });
    await form.getByLabel('Hold (seconds)').fill('8');
    await form.getByLabel(/Reason/).fill('Holds well tolerated in clinic today');
    await form.getByRole('button', { name: 'Save the dose' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as a new program version' }).waitFor();
    await expectNoAxeViolations(page, 'program editor');
    await screenshot(page, 'clinician-program');

    const patient = new ApiSession(clinic.demo.url);
    await patient.signIn('nora@clinic.test', 'nora-password-123');
    const me = await patient.request<{ patientId: string }>('GET', '/api/v1/me');
    const next = await patient.request<PlanView>(
      'GET',
      `/api/v1/patients/${me.body.patientId}/plan?date=${isoDateFromToday(1)}`,
    );
    const dosed = next.body.exercises.find((entry) => entry.exerciseId === 'sidelying-isometric-abduction');
    expect(dosed?.prescription.holdSeconds).toBe(8);

    await page.getByRole('link', { name: 'Back to Nora Lind' }).click();
    const timeline = page.getByRole('region', { name: 'Phase timeline and decisions' });
    await timeline.getByText('Holds well tolerated in clinic today').waitFor();
  });

  it('acknowledges an alert with a note', async () => {
    await page.getByRole('link', { name: 'Patients' }).click();
    await page.getByRole('link', { name: 'James Carter' }).click();
    const alerts = page.getByRole('region', { name: /Alerts/ });
    await alerts.getByRole('button', { name: 'Acknowledge' }).first().waitFor();
    await expectNoAxeViolations(page, 'patient with alerts');
    await screenshot(page, 'clinician-patient-setback');
    const before = await alerts.getByRole('button', { name: 'Acknowledge' }).count();
    await alerts.getByLabel(/Note/).first().fill('Called the patient; physician appointment on Friday');
    await alerts.getByRole('button', { name: 'Acknowledge' }).first().click();
    await expect.poll(() => alerts.getByRole('button', { name: 'Acknowledge' }).count()).toBe(before - 1);
    await alerts.getByText(/acknowledged alerts/i).click();
    await alerts.getByText(/Acknowledged by you on .*: Called the patient/).waitFor();
  });

  it.each([
    { name: 'Home-exercise handout (PDF)', starts: '%PDF' },
    { name: 'Physician summary (PDF)', starts: '%PDF' },
    { name: 'FHIR R4 bundle (JSON)', starts: '{' },
  ])('downloads the $name', async ({ name, starts }) => {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name }).click();
    const file = await download;
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    const content = await readFile(path, 'latin1');
    expect(content.startsWith(starts)).toBe(true);
    if (starts === '{') expect(JSON.parse(content).resourceType).toBe('Bundle');
  });

  it('creates a calendar feed whose secret link serves the schedule', async () => {
    await page.getByRole('button', { name: 'Create a calendar feed link' }).click();
    const feed = await page.getByLabel(/Calendar feed/).inputValue();
    expect(feed).toMatch(/\/calendar\/.+\.ics$/);
    const calendar = await fetch(feed);
    expect(calendar.headers.get('content-type')).toMatch(/text\/calendar/);
    await expect(calendar.text()).resolves.toMatch(/^BEGIN:VCALENDAR/);
  });

  it('reads in Spanish', async () => {
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Fases y decisiones' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    await expectNoAxeViolations(page, 'patient page in Spanish');
    await screenshot(page, 'clinician-patient-es');
    await page.getByLabel('Idioma').selectOption('en');
  });

  it("downloads the clinic's 30-day remote-monitoring report from the list", async () => {
    await page.getByRole('link', { name: 'Patients' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /remote-monitoring report/ }).click();
    const { readFile } = await import('node:fs/promises');
    const content = await readFile(await (await download).path(), 'utf8');
    expect(content).toMatch(/James Carter/);
  });
});
