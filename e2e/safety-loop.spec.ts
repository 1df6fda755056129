import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invitePatient } from './harness/api.js';
import { browserAvailable, desktopContext, phoneContext, screenshot } from './harness/browser.js';
import { signInByKeyboard } from './harness/clinic-pages.js';
import { acceptInvitation, answerAll, checkIn, daysAgo, expectAccessible } from './harness/patient-flows.js';
import { usePatientApp } from './harness/suites.js';

interface ProtocolView {
  screens: {
    redFlag: { items: { id: string }[] };
    tendinopathy: { items: { id: string }[] };
    falls: { items: { id: string }[] };
  };
}
interface PlanView {
  exercises: { exerciseId: string }[];
}

/** Writes through the API with the patient's own session, as their phone would when it syncs. */
function patientApi(page: Page, baseUrl: string, patientId: string) {
  const post = async (kind: string, body: object) => {
    const response = await page.request.post(`${baseUrl}/api/v1/patients/${patientId}/${kind}`, {
      headers: { origin: baseUrl },
      data: { clientId: crypto.randomUUID(), ...body },
    });
    expect(response.status(), await response.text()).toBe(201);
  };
  const plan = async (date: string) =>
    (await (
      await page.request.get(`${baseUrl}/api/v1/patients/${patientId}/plan?date=${date}`)
    ).json()) as PlanView;
  const session = async (date: string) => {
    const [first] = (await plan(date)).exercises;
    if (!first) throw new Error(`nothing planned on ${date}`);
    await post('session-logs', {
      date,
      baselinePain: 1,
      exercises: [
        {
          exerciseId: first.exerciseId,
          sets: [{ reps: null, holdSeconds: null, loadKg: 0 }],
          painScore: 1,
          stoppedEarly: false,
        },
      ],
    });
  };
  const checkIn = (date: string, pain: number) =>
    post('check-ins', { date, nextMorningPain: pain, worstPain24h: pain, walkingPain: 1 });
  /** Onboarding answered on another phone `days` ago, all no. */
  const onboarded = async (days: number) => {
    const protocol = (await (await page.request.get(`${baseUrl}/api/v1/protocol`)).json()) as ProtocolView;
    const no = (items: { id: string }[]) => Object.fromEntries(items.map((item) => [item.id, false]));
    await post('screens/red-flag', { date: daysAgo(days), answers: no(protocol.screens.redFlag.items) });
    await post('screens/tendinopathy', {
      date: daysAgo(days),
      answers: no(protocol.screens.tendinopathy.items),
    });
    await post('screens/falls', { date: daysAgo(days), answers: no(protocol.screens.falls.items) });
    await post('psfs', { date: daysAgo(days), activities: [{ name: 'Walking', score: 5 }] });
  };
  return { session, checkIn, onboarded };
}

describe.runIf(browserAvailable)('the protocol 2.0 safety loop in the browser', () => {
  const app = usePatientApp();
  const admin = () => ({ email: app.server.adminEmail, password: app.server.adminPassword });

  it('starts a patient with only a risk factor exercising once the therapist confirms', async () => {
    const invitation = await invitePatient(app.server.url, admin(), {
      name: 'Dora Diabetes',
      email: 'dora@example.test',
      injuryDate: daysAgo(6),
      side: 'left',
      condition: 'muscle-strain',
      confirmed: false,
    });
    const phone = await phoneContext(app.browser);
    const page = await phone.newPage();
    await acceptInvitation(page, invitation.invitationUrl);
    await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
    await answerAll(page, 'No', { diabetes: 'Yes' });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    // A risk factor never pauses the program: the patient is thanked and carries on.
    await page.getByTestId('screen-noted').waitFor();
    expect(await page.getByTestId('red-flag-message').count()).toBe(0);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: 'About your hip pain' }).waitFor();
    await answerAll(page, 'No');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    // A fall last year, a worry about falling and pushing up from a chair: 4 points, a higher risk.
    await page.getByRole('heading', { name: 'Your balance and falls' }).waitFor();
    await answerAll(page, 'No', {
      'fallen-past-year': 'Yes',
      'worried-about-falling': 'Yes',
      'push-to-stand': 'Yes',
    });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page
      .getByTestId('falls-higher-risk')
      .getByText(/higher risk of falling/)
      .waitFor();
    await expectAccessible(page, 'falls screen, higher risk');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByLabel('Activity 1', { exact: true }).fill('Climbing stairs');
    await page.getByLabel('How well can you do it? (0-10)').selectOption('4');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'I have read this' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    const waiting = page.getByTestId('awaiting-confirmation');
    await waiting.getByText(/^Your therapist is reviewing your answers/).waitFor();
    expect(await page.locator('li.exercise').count()).toBe(0);
    await page.getByTestId('sync-status').filter({ hasText: 'All saved' }).waitFor();
    await expectAccessible(page, 'waiting for confirmation');
    await screenshot(page, 'today-awaiting-confirmation');

    const desk = await desktopContext(app.browser, 'en-GB');
    const clinic = await desk.newPage();
    await signInByKeyboard(clinic, app.server.url, invitation.therapistEmail, 'therapist-password-123');
    const row = clinic.locator('table.patients tbody tr', { hasText: 'Dora Diabetes' });
    await row
      .getByText(/^Waiting for your confirmation/)
      .first()
      .waitFor();
    await row.getByRole('link', { name: 'Dora Diabetes' }).click();
    const confirm = clinic.getByTestId('confirm-program');
    await confirm.getByText(/Risk factors on .*C4/).waitFor();
    await confirm.getByText(/Falls screen positive, .*4 points, higher falls risk/).waitFor();
    await clinic
      .getByTestId('screens-section')
      .getByText(/I have fallen in the past year/)
      .waitFor();
    await confirm.getByLabel('Your note (what you reviewed)').fill('Diabetes well controlled; program fits');
    await confirm.getByRole('button', { name: 'Confirm the program' }).click();
    await confirm.waitFor({ state: 'detached' });
    await desk.close();

    await page.reload();
    // Rest days are over; a comfortable walk this morning opens the first exercises.
    await checkIn(page, { nextMorning: 1, worst: 2, walking: 1 });
    await page.locator('li.exercise').first().waitFor();
    expect(await page.getByTestId('awaiting-confirmation').count()).toBe(0);
    // The positive falls screen offers the floor exercise on a bed instead (CLINICAL 4c).
    await page
      .locator('li.exercise[data-exercise="sidelying-isometric-abduction"]')
      .getByTestId('bed-alternative')
      .getByText(/^On a bed instead: lie on your right side/)
      .waitFor();
    await phone.close();
  });

  it('shows the calm flare message once, then a quiet status line', async () => {
    const invitation = await invitePatient(app.server.url, admin(), {
      name: 'Fiona Flare',
      email: 'fiona@example.test',
      injuryDate: daysAgo(20),
      side: 'right',
      condition: 'muscle-strain',
    });
    const phone = await phoneContext(app.browser);
    const page = await phone.newPage();
    await acceptInvitation(page, invitation.invitationUrl);
    const api = patientApi(page, app.server.url, invitation.patientId);
    await api.onboarded(10);
    // Exercise from eight days ago; two bad mornings in a row make a significant setback yesterday.
    for (let days = 8; days >= 1; days -= 1) {
      await api.checkIn(daysAgo(days), days <= 2 ? 4 : 1);
      await api.session(daysAgo(days));
    }
    await page.goto(`${app.server.url}/`);
    await page.getByText(/^Your pain has flared up over the last few days/).waitFor();
    expect(await page.getByText(/physician/i).count()).toBe(0);
    await expectAccessible(page, 'flare message');
    await screenshot(page, 'today-flare-message');
    await page.reload();
    await page.getByTestId('alert-status-line').filter({ hasText: 'eased after a flare-up' }).waitFor();
    expect(await page.getByText(/^Your pain has flared up over the last few days/).count()).toBe(0);
    await phone.close();
  });

  it('alerts the therapist once for a setback that synced ten days late', async () => {
    const invitation = await invitePatient(app.server.url, admin(), {
      name: 'Leo Late',
      email: 'leo@example.test',
      injuryDate: daysAgo(25),
      side: 'left',
      condition: 'muscle-strain',
    });
    const phone = await phoneContext(app.browser);
    const page = await phone.newPage();
    await acceptInvitation(page, invitation.invitationUrl);
    const api = patientApi(page, app.server.url, invitation.patientId);
    await api.onboarded(14);
    await api.checkIn(daysAgo(12), 1);
    await api.session(daysAgo(11));
    // The morning after that session, logged offline, reaches the server ten days late; more follows.
    await api.checkIn(daysAgo(10), 5);
    await api.checkIn(daysAgo(1), 1);
    await api.checkIn(daysAgo(0), 1);
    await phone.close();

    const desk = await desktopContext(app.browser, 'en-GB');
    const clinic = await desk.newPage();
    await signInByKeyboard(clinic, app.server.url, invitation.therapistEmail, 'therapist-password-123');
    await clinic
      .locator('table.patients tbody tr', { hasText: 'Leo Late' })
      .getByRole('link', { name: 'Leo Late' })
      .click();
    const setbacks = clinic.locator('li.alert-item').filter({ hasText: /^.*Setback: morning pain 5\/10/ });
    await setbacks.first().waitFor();
    expect(await setbacks.count()).toBe(1);
    await desk.close();
  });
});
