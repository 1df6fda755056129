import { describe, expect, it } from 'vitest';
import { ApiSession, invitePatient } from './harness/api.js';
import { browserAvailable, desktopContext, phoneContext, screenshot } from './harness/browser.js';
import { signInByKeyboard } from './harness/clinic-pages.js';
import { acceptInvitation, completeOnboarding, daysAgo, expectAccessible } from './harness/patient-flows.js';
import { usePatientApp } from './harness/suites.js';

const QUESTION = 'I am travelling next week. Can I do the exercises in a hotel room?';
const ANSWER = 'Yes: a towel on the floor is enough. Keep to the same doses.';

describe.runIf(browserAvailable)('messages between a patient and their therapist', () => {
  const app = usePatientApp();

  it('a message written offline is sent once on reconnection, the therapist answers, the patient reads it', async () => {
    const invitation = await invitePatient(
      app.server.url,
      { email: app.server.adminEmail, password: app.server.adminPassword },
      { name: 'Mia Messages', email: 'mia@example.test', injuryDate: daysAgo(10), side: 'left' },
    );
    const therapistId = (await invitation.therapist.request<{ user: { id: string } }>('GET', '/api/v1/me'))
      .body.user.id;
    const admin = new ApiSession(app.server.url);
    await admin.signIn(app.server.adminEmail, app.server.adminPassword);
    await admin.request('PUT', `/api/v1/therapists/${therapistId}/contact-card`, {
      therapistName: 'Theo Therapist',
      phone: '+44 20 7946 0000',
      hours: 'Monday to Friday, 9:00 to 17:00',
    });

    const phone = await phoneContext(app.browser);
    const page = await phone.newPage();
    await acceptInvitation(page, invitation.invitationUrl);
    await completeOnboarding(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByTestId('contact-card').getByText('+44 20 7946 0000').waitFor();
    await page.getByRole('link', { name: 'Messages' }).click();
    await page.getByText('No messages yet.').waitFor();
    await page.getByTestId('not-monitored').waitFor();

    // Offline: the thread still opens from the phone, and the message waits in the outbox.
    await phone.setOffline(true);
    await page.reload();
    await page.getByText('You are offline').waitFor();
    await page.getByLabel('Your message').fill(QUESTION);
    await page.getByRole('button', { name: 'Send' }).click();
    const mine = page.getByTestId('message').filter({ hasText: QUESTION });
    await mine.getByText('Waiting to send').waitFor();
    await page.getByTestId('sync-status').filter({ hasText: 'Offline: 1 waiting' }).waitFor();
    await screenshot(page, 'messages-offline');
    await expectAccessible(page, 'Messages offline');

    // Back online: the outbox sends it; the server holds it once.
    await phone.setOffline(false);
    await page.getByTestId('sync-status').click();
    await mine.getByText('Sent').waitFor();
    const stored = await invitation.therapist.request<{ messages: { text: string }[] }>(
      'GET',
      `/api/v1/patients/${invitation.patientId}/messages`,
    );
    expect(stored.body.messages.map((message) => message.text)).toEqual([QUESTION]);

    // The therapist sees the unread message in the list, reads it on the record and answers.
    const desk = await desktopContext(app.browser, 'en-GB');
    const clinic = await desk.newPage();
    await signInByKeyboard(clinic, app.server.url, invitation.therapistEmail, 'therapist-password-123');
    const row = clinic.locator('table.patients tbody tr', { hasText: 'Mia Messages' });
    await row.getByText('1 unread message').waitFor();
    await row.getByRole('link', { name: 'Mia Messages' }).click();
    const thread = clinic.getByRole('region', { name: 'Messages' });
    await thread.getByText(QUESTION).waitFor();
    await thread.getByLabel('Your reply').fill(ANSWER);
    await thread.getByRole('button', { name: 'Send' }).click();
    await thread.getByText(ANSWER).waitFor();
    await screenshot(clinic, 'messages-clinic-thread');

    // The patient's Messages tab counts the answer; opening the thread reads it and the badge goes.
    await page.getByRole('link', { name: 'Today' }).click();
    await page.reload();
    await page.getByTestId('unread-badge').filter({ hasText: '1' }).waitFor();
    await screenshot(page, 'messages-unread-badge');
    await page.getByRole('link', { name: /^Messages/ }).click();
    await page.getByTestId('message').filter({ hasText: ANSWER }).waitFor();
    await mine.getByText('Read').waitFor();
    await expect.poll(() => page.getByTestId('unread-badge').count()).toBe(0);
    await screenshot(page, 'messages-read');
    await expectAccessible(page, 'Messages');

    await clinic.reload();
    await clinic
      .getByRole('region', { name: 'Messages' })
      .getByTestId('clinic-message')
      .filter({ hasText: ANSWER })
      .getByText('Read')
      .waitFor();
    await desk.close();
    await phone.close();
  });
});
