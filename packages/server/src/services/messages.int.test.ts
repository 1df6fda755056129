import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_JPEG_BASE64 } from '../../test/support/jpeg.js';
import { type MailSink, startMailSink } from '../../test/support/mail-sink.js';
import {
  appOn,
  buildClinic,
  buildPatient,
  type Clinic,
  signIn,
  type TestApp,
} from '../../test/support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { hashPassword } from '../auth/passwords.js';
import { alert, auditEvent, message, therapistNotification } from '../db/schema/index.js';
import { todayIn } from './plans.js';

type Patient = Awaited<ReturnType<typeof buildPatient>>;
interface SentMessage {
  id: string;
  state: string;
  text: string;
  hasPhoto: boolean;
  safetyNet: { tier: string; codes: string[]; guidance: { en: string; es: string } } | null;
}
interface Thread {
  messages: (SentMessage & { author: string })[];
  unread: number;
  contact: { therapistName: string; phone: string; hours: string } | null;
}

const until = async (check: () => boolean, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe.each(testDatabaseKinds())('messages between a patient and their therapists on %s', (kind) => {
  let testDatabase: TestDatabase;
  let test: TestApp;
  let mail: MailSink;
  let clinic: Clinic;
  let other: Clinic;

  const send = (patient: { id: string }, cookie: string, body: Record<string, unknown>) =>
    test.request(`/api/v1/patients/${patient.id}/messages`, { cookie, body });
  const thread = async (patient: { id: string }, cookie: string): Promise<Thread> => {
    const response = await test.request(`/api/v1/patients/${patient.id}/messages`, { cookie });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as Thread;
  };
  const receipt = (patient: { id: string }, cookie: string, state: 'delivered' | 'read') =>
    test.request(`/api/v1/patients/${patient.id}/messages/receipts`, { cookie, body: { state } });
  const rowsOf = (patient: Patient) =>
    test.deps.db.select().from(message).where(eq(message.patientId, patient.id));

  beforeAll(async () => {
    mail = await startMailSink();
    testDatabase = await openTestDatabase(kind);
    test = await appOn(testDatabase.database, {
      notify: {
        mail: { smtpUrl: mail.url, from: 'care@clinic.example' },
        cron: false,
        pollingIntervalSeconds: 0.5,
      },
    });
    clinic = await buildClinic(test);
    other = await buildClinic(test);
  }, 60_000);

  afterAll(async () => {
    await test.deps.notifier?.stop();
    await testDatabase?.dispose();
    await mail?.close();
  });

  it('stores a message once per client id and walks it through sent, delivered and read', async () => {
    const patient = await buildPatient(test, clinic);
    const body = {
      clientId: randomUUID(),
      text: "I'm travelling next week, can I do the exercises in a hotel?",
    };
    const first = await send(patient, patient.cookie, body);
    expect(first.status).toBe(201);
    const sent = (await first.json()) as SentMessage;
    expect(sent).toMatchObject({ state: 'sent', text: body.text, hasPhoto: false, safetyNet: null });
    const replay = await send(patient, patient.cookie, body);
    expect(replay.status).toBe(200);
    expect(((await replay.json()) as SentMessage).id).toBe(sent.id);
    expect(await rowsOf(patient)).toHaveLength(1);

    expect((await thread(patient, clinic.therapist.cookie)).unread).toBe(1);
    expect((await receipt(patient, clinic.therapist.cookie, 'delivered')).status).toBe(200);
    expect((await thread(patient, patient.cookie)).messages[0]?.state).toBe('delivered');
    const read = await receipt(patient, clinic.therapist.cookie, 'read');
    expect(await read.json()).toEqual({ unread: 0 });
    expect((await thread(patient, patient.cookie)).messages[0]?.state).toBe('read');
  });

  it("marks a message delivered once the other side's app has it, and read only on that side's receipt, both ways", async () => {
    const patient = await buildPatient(test, clinic);
    const stateOf = async (cookie: string, author: 'patient' | 'therapist') =>
      (await thread(patient, cookie)).messages
        .filter((item) => item.author === author)
        .map((item) => item.state);
    const list = (cookie: string) => test.request('/api/v1/patients?limit=200', { cookie });

    await send(patient, patient.cookie, { clientId: randomUUID(), text: 'Is ice fine after the session?' });
    expect(await stateOf(patient.cookie, 'patient')).toEqual(['sent']);
    expect((await list(clinic.admin.cookie)).status).toBe(200);
    expect(await stateOf(patient.cookie, 'patient')).toEqual(['sent']);
    // The therapist's list counts it as unread: it has reached the therapist's app.
    expect((await list(clinic.therapist.cookie)).status).toBe(200);
    expect(await stateOf(patient.cookie, 'patient')).toEqual(['delivered']);
    await send(patient, patient.cookie, { clientId: randomUUID(), text: 'And heat?' });
    expect(await stateOf(patient.cookie, 'patient')).toEqual(['delivered', 'sent']);
    await list(clinic.therapist.cookie);
    expect(await stateOf(patient.cookie, 'patient')).toEqual(['delivered', 'delivered']);
    // Opening the thread is not reading it: only the receipt the app sends on showing it is.
    expect((await thread(patient, clinic.therapist.cookie)).unread).toBe(2);
    expect(await stateOf(patient.cookie, 'patient')).toEqual(['delivered', 'delivered']);
    await receipt(patient, clinic.therapist.cookie, 'read');
    expect(await stateOf(patient.cookie, 'patient')).toEqual(['read', 'read']);

    await send(patient, clinic.therapist.cookie, { clientId: randomUUID(), text: 'Yes, ten minutes.' });
    expect(await stateOf(clinic.therapist.cookie, 'therapist')).toEqual(['sent']);
    // The patient's app fetches the thread (a background check does the same): delivered.
    expect((await thread(patient, patient.cookie)).unread).toBe(1);
    expect(await stateOf(clinic.therapist.cookie, 'therapist')).toEqual(['delivered']);
    await receipt(patient, patient.cookie, 'read');
    expect(await stateOf(clinic.therapist.cookie, 'therapist')).toEqual(['read']);
    const stored = await rowsOf(patient);
    expect(stored.every((row) => row.deliveredAt && row.readAt && row.deliveredAt <= row.readAt)).toBe(true);
  });

  it('keeps the thread oldest first and counts unread messages for each side', async () => {
    const patient = await buildPatient(test, clinic);
    await send(patient, patient.cookie, { clientId: randomUUID(), text: 'First' });
    await send(patient, clinic.therapist.cookie, {
      clientId: randomUUID(),
      text: 'Second, from the therapist',
    });
    await send(patient, clinic.therapist.cookie, { clientId: randomUUID(), text: 'Third' });
    const seen = await thread(patient, patient.cookie);
    expect(seen.messages.map((item) => [item.author, item.text])).toEqual([
      ['patient', 'First'],
      ['therapist', 'Second, from the therapist'],
      ['therapist', 'Third'],
    ]);
    expect(seen.unread).toBe(2);
    expect((await thread(patient, clinic.therapist.cookie)).unread).toBe(1);
  });

  it('refuses a message too long, empty, or a photo that is not a JPEG, and stores nothing', async () => {
    const patient = await buildPatient(test, clinic);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]).toString('base64');
    const tooBig = Buffer.alloc(5 * 1024 * 1024 + 1, 0xff).toString('base64');
    const cases = [
      { body: { clientId: randomUUID(), text: 'x'.repeat(4001) }, path: 'text' },
      { body: { clientId: randomUUID(), text: '   ' }, path: 'text' },
      { body: { clientId: randomUUID(), text: 'A photo', photo: png }, path: 'photo' },
      { body: { clientId: randomUUID(), text: 'A photo', photo: tooBig }, path: 'photo' },
    ];
    for (const { body, path } of cases) {
      const response = await send(patient, patient.cookie, body);
      const problem = (await response.json()) as { code: string; errors: { path: string }[] };
      expect(response.status).toBe(400);
      expect(problem.code).toBe('validation_failed');
      expect(problem.errors.map((error) => error.path)).toContain(path);
    }
    const fromTherapist = await send(patient, clinic.therapist.cookie, {
      clientId: randomUUID(),
      text: 'A photo',
      photo: TINY_JPEG_BASE64,
    });
    expect(fromTherapist.status).toBe(400);
    expect(await rowsOf(patient)).toEqual([]);
  });

  it('answers a warning sign at once and raises an urgent therapist alert without pausing the program', async () => {
    const patient = await buildPatient(test, clinic);
    const response = await send(patient, patient.cookie, {
      clientId: randomUUID(),
      text: "I can't walk today",
    });
    expect(response.status).toBe(201);
    const sent = (await response.json()) as SentMessage;
    expect(sent.safetyNet).toMatchObject({ tier: 'urgent', codes: ['B4'] });
    expect(sent.safetyNet?.guidance.en).toContain('not read around the clock');
    const [raised] = await test.deps.db
      .select()
      .from(alert)
      .where(and(eq(alert.patientId, patient.id), eq(alert.kind, 'message-warning-sign')));
    expect(raised).toMatchObject({
      kind: 'message-warning-sign',
      severity: 'urgent',
      status: 'open',
      key: `message:${sent.id}`,
    });
    const queued = await test.deps.db
      .select()
      .from(therapistNotification)
      .where(eq(therapistNotification.alertId, raised?.id ?? ''));
    expect(queued).toMatchObject([{ therapistId: clinic.therapist.id, urgency: 'immediate' }]);
    const plan = await test.request(`/api/v1/patients/${patient.id}/plan`, { cookie: patient.cookie });
    expect(((await plan.json()) as { status: string }).status).not.toBe('suspended');
    const seen = await thread(patient, patient.cookie);
    expect(seen.messages[0]?.safetyNet?.tier).toBe('urgent');
  });

  it('lets only the patient and their clinic therapists in, and a therapist who leaves loses access', async () => {
    const patient = await buildPatient(test, clinic);
    const neighbour = await buildPatient(test, clinic);
    await send(patient, patient.cookie, { clientId: randomUUID(), text: 'Hello' });
    const path = `/api/v1/patients/${patient.id}/messages`;
    expect((await test.request(path, { cookie: clinic.admin.cookie })).status).toBe(403);
    expect((await test.request(path, { cookie: other.therapist.cookie })).status).toBe(404);
    expect((await test.request(path, { cookie: neighbour.cookie })).status).toBe(404);

    const colleague = await test.request('/api/v1/therapists', {
      cookie: clinic.admin.cookie,
      body: { email: `${randomUUID()}@example.org`, name: 'Leaving colleague' },
    });
    const { id: colleagueId } = (await colleague.json()) as { id: string };
    await test.repos.accounts.setPassword(colleagueId, await hashPassword('colleague password 1'));
    const email = (await test.repos.accounts.findUser(colleagueId))?.email ?? '';
    const colleagueCookie = await signIn(test, email, 'colleague password 1');
    expect((await test.request(path, { cookie: colleagueCookie })).status).toBe(200);
    await test.request(`/api/v1/therapists/${colleagueId}`, {
      method: 'PATCH',
      cookie: clinic.admin.cookie,
      body: { active: false },
    });
    expect((await test.request(path, { cookie: colleagueCookie })).status).toBe(401);
  });

  it('audits every read and write of a thread', async () => {
    const patient = await buildPatient(test, clinic);
    await send(patient, patient.cookie, { clientId: randomUUID(), text: 'Audited' });
    await thread(patient, clinic.therapist.cookie);
    await receipt(patient, clinic.therapist.cookie, 'read');
    await test.request(`/api/v1/patients/${patient.id}/messages`, { cookie: clinic.admin.cookie });
    const rows = await test.deps.db
      .select({ action: auditEvent.action, outcome: auditEvent.outcome, role: auditEvent.actorRole })
      .from(auditEvent)
      .where(eq(auditEvent.patientId, patient.id));
    const messageRows = rows.filter((row) => row.action.startsWith('message'));
    expect(messageRows).toEqual(
      expect.arrayContaining([
        { action: 'message.send', outcome: 'allowed', role: 'patient' },
        { action: 'messages.read', outcome: 'allowed', role: 'therapist' },
        { action: 'messages.mark-read', outcome: 'allowed', role: 'therapist' },
        { action: 'messages.read', outcome: 'denied', role: 'admin' },
      ]),
    );
  });

  it('audits a thread checked again and again as one read until it changes, and every write', async () => {
    const patient = await buildPatient(test, clinic);
    await send(patient, clinic.therapist.cookie, { clientId: randomUUID(), text: 'How was the week?' });
    const auditRows = async () =>
      (
        await test.deps.db
          .select({ action: auditEvent.action, role: auditEvent.actorRole, outcome: auditEvent.outcome })
          .from(auditEvent)
          .where(eq(auditEvent.patientId, patient.id))
      )
        .filter((row) => row.action.startsWith('message'))
        .map((row) => `${row.role} ${row.action} ${row.outcome}`)
        .sort();
    // The patient's app opens the thread, then checks it on its timer: one access.
    for (let poll = 0; poll < 4; poll += 1) await thread(patient, patient.cookie);
    await receipt(patient, patient.cookie, 'read');
    await receipt(patient, patient.cookie, 'read');
    expect(await auditRows()).toEqual([
      'patient messages.mark-read allowed',
      'patient messages.mark-read allowed',
      'patient messages.read allowed',
      'therapist message.send allowed',
    ]);
    // A new message in the thread: the next check reads something new, and is audited again.
    await send(patient, patient.cookie, { clientId: randomUUID(), text: 'Better, thank you' });
    await thread(patient, patient.cookie);
    await thread(patient, patient.cookie);
    await test.request(`/api/v1/patients/${patient.id}/messages`, { cookie: clinic.admin.cookie });
    await test.request(`/api/v1/patients/${patient.id}/messages`, { cookie: clinic.admin.cookie });
    expect(await auditRows()).toEqual([
      'admin messages.read denied',
      'admin messages.read denied',
      'patient message.send allowed',
      'patient messages.mark-read allowed',
      'patient messages.mark-read allowed',
      'patient messages.read allowed',
      'patient messages.read allowed',
      'therapist message.send allowed',
    ]);
  });

  it('serves a photo only to the people of the conversation', async () => {
    const patient = await buildPatient(test, clinic);
    const response = await send(patient, patient.cookie, {
      clientId: randomUUID(),
      text: '',
      photo: TINY_JPEG_BASE64,
    });
    expect(response.status).toBe(201);
    const sent = (await response.json()) as SentMessage;
    expect(sent.hasPhoto).toBe(true);
    const path = `/api/v1/patients/${patient.id}/messages/${sent.id}/photo`;
    const photo = await test.request(path, { cookie: clinic.therapist.cookie });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await photo.arrayBuffer()).toString('base64')).toBe(TINY_JPEG_BASE64);
    expect((await test.request(path, { cookie: patient.cookie })).status).toBe(200);
    expect((await test.request(path, { cookie: clinic.admin.cookie })).status).toBe(403);
    expect((await test.request(path, { cookie: other.therapist.cookie })).status).toBe(404);
  });

  it("shows the contact card the admin set for the patient's therapist", async () => {
    const patient = await buildPatient(test, clinic);
    const card = {
      therapistName: 'Ana Ruiz',
      phone: '+34 910 000 000',
      hours: 'Monday to Friday, 9:00 to 17:00',
    };
    const cardPath = `/api/v1/therapists/${clinic.therapist.id}/contact-card`;
    expect(
      (await test.request(cardPath, { method: 'PUT', cookie: other.admin.cookie, body: card })).status,
    ).toBe(404);
    expect(
      await (
        await test.request(`/api/v1/patients/${patient.id}/contact-card`, { cookie: patient.cookie })
      ).json(),
    ).toBeNull();
    const saved = await test.request(cardPath, { method: 'PUT', cookie: clinic.admin.cookie, body: card });
    expect(saved.status).toBe(200);
    const shown = await test.request(`/api/v1/patients/${patient.id}/contact-card`, {
      cookie: patient.cookie,
    });
    expect(await shown.json()).toEqual(card);
    expect((await thread(patient, patient.cookie)).contact).toEqual(card);
    const badPhone = await test.request(cardPath, {
      method: 'PUT',
      cookie: clinic.admin.cookie,
      body: { ...card, phone: 'call me' },
    });
    expect(badPhone.status).toBe(400);
    expect(await (await test.request(cardPath, { cookie: clinic.admin.cookie })).json()).toEqual(card);
  });

  it('tells the other side there is a new message, without its words', async () => {
    const patient = await buildPatient(test, clinic);
    const secret = `Private words ${randomUUID()}`;
    await send(patient, clinic.therapist.cookie, { clientId: randomUUID(), text: secret });
    await until(() => mail.received.some((item) => item.to.includes(patient.email)));
    const [received] = mail.received.filter((item) => item.to.includes(patient.email));
    expect(received?.subject).toContain('You have a new message from your therapist');
    expect(received?.raw).not.toContain(secret);
    await send(patient, patient.cookie, { clientId: randomUUID(), text: secret });
    await until(() => mail.received.some((item) => item.to.includes(clinic.therapist.email)));
    const [toTherapist] = mail.received.filter((item) => item.to.includes(clinic.therapist.email));
    expect(toTherapist?.subject).toContain('A patient sent you a message');
    expect(toTherapist?.raw).not.toContain(secret);
  });

  it('sorts a patient with an unread message above patients with no data, until a therapist reads it', async () => {
    const own = await buildClinic(test);
    // Injured today: still resting, with no protocol alert yet (a rest not ended by day 7 would alert).
    const injuryDate = todayIn('Europe/Madrid');
    const quiet = await buildPatient(test, own, { name: 'Aaron Quiet', injuryDate });
    const writer = await buildPatient(test, own, { name: 'Zoe Writer', injuryDate });
    const list = async () => {
      const response = await test.request('/api/v1/patients', { cookie: own.therapist.cookie });
      const page = (await response.json()) as {
        items: { id: string; attention: { reasons: { code: string }[] } }[];
      };
      return page.items.map((item) => [item.id, item.attention.reasons.map((reason) => reason.code)]);
    };
    expect((await list()).map(([id]) => id)).toEqual([quiet.id, writer.id]);
    await send(writer, writer.cookie, { clientId: randomUUID(), text: 'A question about my stretch' });
    expect(await list()).toEqual([
      [writer.id, ['unread-messages', 'no-data-yet']],
      [quiet.id, ['no-data-yet']],
    ]);
    await receipt(writer, own.therapist.cookie, 'read');
    expect((await list()).map(([id]) => id)).toEqual([quiet.id, writer.id]);
  });
});
