import { describe, expect, it } from 'vitest';
import { invitePatient } from './harness/api.js';
import { browserAvailable, phoneContext, screenshot } from './harness/browser.js';
import {
  acceptInvitation,
  answerAll,
  checkIn,
  completeOnboarding,
  daysAgo,
  doExercise,
  expectAccessible,
} from './harness/patient-flows.js';
import { usePatientApp } from './harness/suites.js';

describe.runIf(browserAvailable)('safety rules and languages in the browser', () => {
  const app = usePatientApp();
  const admin = () => ({ email: app.server.adminEmail, password: app.server.adminPassword });

  it('suspends the program and shows the emergency message after a red-flag yes', async () => {
    const invitation = await invitePatient(app.server.url, admin(), {
      name: 'Rita Redflag',
      email: 'rita@example.test',
      injuryDate: daysAgo(5),
      side: 'right',
    });
    const context = await phoneContext(app.browser);
    const page = await context.newPage();
    await acceptInvitation(page, invitation.invitationUrl);
    await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
    await answerAll(page, 'No', { 'fall-cannot-bear-weight': 'Yes' });
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const message = page.getByTestId('red-flag-message');
    await message.getByRole('alert').waitFor();
    expect(await message.locator('.urgency-emergency').count()).toBe(1);
    await expectAccessible(page, 'red-flag message');
    await screenshot(page, 'red-flag-message');

    await page.getByTestId('sync-status').filter({ hasText: 'All saved' }).waitFor();
    await page.getByRole('link', { name: 'Today' }).click();
    await page.getByRole('heading', { name: 'Your exercise program is paused' }).waitFor();
    expect(await page.locator('li.exercise').count()).toBe(0);
    expect(await page.getByRole('link', { name: /Start session/ }).count()).toBe(0);
    const summary = page.getByRole('link', { name: 'Summary for your physician (PDF)' });
    const pdf = await page.request.get(`${app.server.url}${await summary.getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await expectAccessible(page, 'suspended Today');
    await screenshot(page, 'today-suspended');
    await context.close();
  });

  it('stops an exercise for today when its pain is above 5, and says so', async () => {
    const invitation = await invitePatient(app.server.url, admin(), {
      name: 'Pedro Pain',
      email: 'pedro@example.test',
      injuryDate: daysAgo(10),
      side: 'right',
    });
    const context = await phoneContext(app.browser, 'en-GB', 'reduce');
    const page = await context.newPage();
    await page.clock.install();
    await acceptInvitation(page, invitation.invitationUrl);
    await completeOnboarding(page);
    await checkIn(page, { nextMorning: 2, worst: 3, walking: 1 });
    const firstExercise = await page.locator('li.exercise').first().getAttribute('data-exercise');
    await page.getByRole('link', { name: 'Start session' }).click();
    await page
      .getByRole('group', { name: 'How much does your hip hurt right now?' })
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const figure = page.locator('article.player svg.figure');
    const stillFrame = await figure.innerHTML();
    await page.clock.runFor(1_500);
    expect(await figure.innerHTML(), 'reduced motion keeps the figure still').toBe(stillFrame);
    await doExercise(page, 7);
    await page.getByTestId('pain-stop').waitFor();
    expect(await page.getByTestId('pain-stop').textContent()).toContain('Pain above 5');
    await expectAccessible(page, 'pain stop');
    await screenshot(page, 'player-pain-stop');
    await page.getByRole('button', { name: 'Next exercise' }).click();
    await page.getByText(/^Exercise 2 of \d+$/).waitFor();

    // The phone locks or the app is closed mid-session: it resumes at the exercise it had reached.
    await page.goto(`${app.server.url}/`);
    await page.getByRole('link', { name: 'Resume session' }).click();
    await page.getByText(/^Exercise 2 of \d+$/).waitFor();
    await page.getByRole('button', { name: 'Finish session' }).click();
    await page.getByRole('heading', { name: 'Session saved' }).waitFor();
    await page.getByTestId('sync-status').filter({ hasText: 'All saved' }).waitFor();
    await page.getByRole('link', { name: 'Today' }).click();
    const stopped = page.locator(`li.exercise[data-exercise="${firstExercise}"]`);
    await stopped.getByText('Stopped for today (pain)').waitFor();
    await screenshot(page, 'today-after-pain-stop');
    await context.close();
  });

  it('asks the weekly safety check when it is due, with the weekly red-flag items only', async () => {
    const invitation = await invitePatient(app.server.url, admin(), {
      name: 'Walter Weekly',
      email: 'walter@example.test',
      injuryDate: daysAgo(20),
      side: 'left',
    });
    const context = await phoneContext(app.browser);
    const page = await context.newPage();
    await acceptInvitation(page, invitation.invitationUrl);
    // Onboarding answered on another phone eight days ago: this week's screens are now due.
    const post = async (kind: string, body: object) => {
      const response = await page.request.post(
        `${app.server.url}/api/v1/patients/${invitation.patientId}/${kind}`,
        {
          headers: { origin: app.server.url },
          data: { clientId: crypto.randomUUID(), date: daysAgo(8), ...body },
        },
      );
      expect(response.status(), await response.text()).toBe(201);
    };
    const protocol = (await (await page.request.get(`${app.server.url}/api/v1/protocol`)).json()) as {
      screens: {
        redFlag: { items: { id: string; weekly: boolean }[] };
        tendinopathy: { items: { id: string }[] };
        falls: { items: { id: string }[] };
      };
    };
    const no = (items: { id: string }[]) => Object.fromEntries(items.map((item) => [item.id, false]));
    await post('screens/red-flag', { answers: no(protocol.screens.redFlag.items) });
    await post('screens/tendinopathy', { answers: no(protocol.screens.tendinopathy.items) });
    await post('screens/falls', { answers: no(protocol.screens.falls.items) });
    await post('psfs', { activities: [{ name: 'Walking', score: 5 }] });

    await page.goto(`${app.server.url}/`);
    await page.getByRole('link', { name: 'Weekly safety check' }).click();
    await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
    const weekly = protocol.screens.redFlag.items.filter((item) => item.weekly).length;
    expect(await page.locator('fieldset[data-question]').count()).toBe(weekly);
    await answerAll(page, 'No');
    // The hip-pain questions come back every 4 weeks (protocol 2.0), not in this week's check.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.getByRole('heading', { name: 'Today', exact: true, level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: 'About your hip pain' }).count()).toBe(0);
    await page.getByTestId('sync-status').filter({ hasText: 'All saved' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Today', exact: true, level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Weekly safety check' }).count()).toBe(0);
    await context.close();
  });

  it('speaks Spanish to a Spanish app.browser, and keeps a switch to English', async () => {
    const invitation = await invitePatient(app.server.url, admin(), {
      name: 'Sofía Sánchez',
      email: 'sofia@example.test',
      injuryDate: daysAgo(10),
      side: 'left',
    });
    const context = await phoneContext(app.browser, 'es-ES');
    const page = await context.newPage();
    await page.goto(invitation.invitationUrl);
    await page.getByRole('heading', { name: 'Le damos la bienvenida a Minimus' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expectAccessible(page, 'invitation (es)');
    await acceptInvitation(page, invitation.invitationUrl);
    await page.getByRole('heading', { name: 'Preguntas de seguridad' }).waitFor();
    await expectAccessible(page, 'red-flag screen (es)');
    await screenshot(page, 'onboarding-es');

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Safety questions' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await context.close();
  });
});
