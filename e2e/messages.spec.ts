import { describe, expect, it } from 'vitest';
import { ApiSession, invitePatient } from './harness/api.js';
import { browserAvailable, desktopContext, phoneContext, screenshot } from './harness/browser.js';
import { signInByKeyboard } from './harness/clinic-pages.js';
import { acceptInvitation, completeOnboarding, daysAgo, expectAccessible } from './harness/patient-flows.js';
import { usePatientApp } from './harness/suites.js';

/** The JPEG with an Exif segment carrying a location-like marker, as a phone camera writes one. */
function withLocation(jpeg: Buffer): Buffer {
  // A well-formed Exif segment: TIFF header, an empty first directory, then a location-like marker.
  const tiff = Buffer.from('MM\0*\0\0\0\x08\0\0\0\0\0\0GPS-51.5N', 'binary');
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, payload, jpeg.subarray(2)]);
}

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

    // Back online: the outbox sends it.
    await phone.setOffline(false);
    await page.getByTestId('sync-status').click();
    await mine.getByText('Sent').waitFor();

    // The therapist's list shows the unread message: the patient's phone now says it was delivered.
    const desk = await desktopContext(app.browser, 'en-GB');
    const clinic = await desk.newPage();
    await signInByKeyboard(clinic, app.server.url, invitation.therapistEmail, 'therapist-password-123');
    const row = clinic.locator('table.patients tbody tr', { hasText: 'Mia Messages' });
    await row.getByText('1 unread message').waitFor();
    await page.reload();
    await mine.getByText('Delivered').waitFor();
    await screenshot(page, 'messages-delivered');
    // The server holds it once.
    const stored = await invitation.therapist.request<{ messages: { text: string }[] }>(
      'GET',
      `/api/v1/patients/${invitation.patientId}/messages`,
    );
    expect(stored.body.messages.map((message) => message.text)).toEqual([QUESTION]);

    // The therapist reads it on the record and answers.
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

  it('a photo leaves the phone re-encoded, without its metadata, and shows to the therapist; a warning sign is answered at once', async () => {
    const invitation = await invitePatient(
      app.server.url,
      { email: app.server.adminEmail, password: app.server.adminPassword },
      { name: 'Pia Photo', email: 'pia@example.test', injuryDate: daysAgo(10), side: 'right' },
    );
    const phone = await phoneContext(app.browser);
    const page = await phone.newPage();
    await acceptInvitation(page, invitation.invitationUrl);
    await completeOnboarding(page);
    await page.getByRole('link', { name: 'Messages' }).click();
    // A real photo's worth of JPEG, made by the browser, with a camera's Exif segment added to it.
    const drawn = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 48;
      const context = canvas.getContext('2d');
      if (context) {
        context.fillStyle = '#c8553d';
        context.fillRect(0, 0, 64, 48);
      }
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1] ?? '';
    });
    await page.getByTestId('message-photo').setInputFiles({
      name: 'hip.jpg',
      mimeType: 'image/jpeg',
      buffer: withLocation(Buffer.from(drawn, 'base64')),
    });
    await page.getByText('Photo attached').waitFor();
    await page.getByLabel('Your message').fill("The bruise on my hip. I can't walk far today.");
    await page.getByRole('button', { name: 'Send' }).click();
    const sent = page.getByTestId('message').filter({ hasText: 'The bruise on my hip' });
    await sent.getByRole('img', { name: 'Photo sent with the message' }).waitFor();
    await sent.getByRole('alert').getByText('see a doctor within the next 24 to 48 hours').waitFor();
    await sent.getByText('Your therapist has been alerted to this message.').waitFor();
    await screenshot(page, 'messages-photo-warning');

    const thread = await invitation.therapist.request<{ messages: { id: string; hasPhoto: boolean }[] }>(
      'GET',
      `/api/v1/patients/${invitation.patientId}/messages`,
    );
    const [message] = thread.body.messages;
    expect(message?.hasPhoto).toBe(true);
    const photo = await fetch(
      `${app.server.url}/api/v1/patients/${invitation.patientId}/messages/${message?.id}/photo`,
      { headers: { cookie: await page.evaluate(() => document.cookie) } },
    );
    expect(photo.status).toBe(401);
    const stored = Buffer.from(
      await (
        await page.request.get(
          `${app.server.url}/api/v1/patients/${invitation.patientId}/messages/${message?.id}/photo`,
        )
      ).body(),
    );
    expect([...stored.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(stored.includes(Buffer.from('Exif'))).toBe(false);
    expect(stored.includes(Buffer.from('GPS-51.5N'))).toBe(false);
    await phone.close();
  });
});
