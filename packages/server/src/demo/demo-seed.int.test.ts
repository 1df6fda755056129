import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOn, signIn, type TestApp } from '../../test/support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { alert, auditEvent, message } from '../db/schema/index.js';
import { transaction } from '../repositories/transaction.js';
import type { PatientListPage } from '../services/patient-list.js';
import { DEMO_CONVERSATIONS, DEMO_DOMAIN, DEMO_PASSWORD, seedDemo } from './demo-seed.js';

interface Thread {
  messages: { author: string; text: string; state: string; safetyNet: unknown }[];
  unread: number;
}

/** The demo clinic's conversations, stored through the message service as `minimus demo` seeds them. */
describe.each(testDatabaseKinds())('the demo clinic on %s', (kind) => {
  let testDatabase: TestDatabase;
  let test: TestApp;
  let therapist: string;
  let items: PatientListPage['items'];

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
    await transaction(testDatabase.database.db)((repos) => seedDemo(repos));
    test = await appOn(testDatabase.database);
    therapist = await signIn(test, `therapist@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const list = await test.request('/api/v1/patients', { cookie: therapist });
    expect(list.status).toBe(200);
    items = ((await list.json()) as PatientListPage).items;
  }, 120_000);
  afterAll(async () => testDatabase?.dispose());

  const idOf = (name: string) => {
    const id = items.find((item) => item.name === name)?.id;
    if (!id) throw new Error(`${name} is not listed`);
    return id;
  };
  const threadOf = async (name: string, cookie: string): Promise<Thread> => {
    const response = await test.request(`/api/v1/patients/${idOf(name)}/messages`, { cookie });
    expect(response.status).toBe(200);
    return (await response.json()) as Thread;
  };
  const unreadReason = (name: string) =>
    items
      .find((item) => item.name === name)
      ?.attention.reasons.find((reason) => reason.code === 'unread-messages')?.params;

  it("lists Rosa Martín's unread question for the therapist, and no one else's", () => {
    expect(unreadReason('Rosa Martín')).toEqual({ count: 1 });
    for (const name of ['James Carter', 'Lucía Romero', 'Greta Vogel'])
      expect(unreadReason(name)).toBeUndefined();
    // The setback still comes first; the unread question sorts Rosa with the other waits for the therapist.
    expect(items[0]?.name).toBe('James Carter');
  });

  it('holds each conversation in order, in the language its patient speaks, with honest states', async () => {
    const rosa = await threadOf('Rosa Martín', therapist);
    expect(rosa.messages.map((line) => [line.author, line.text])).toEqual(
      (DEMO_CONVERSATIONS.waiting ?? []).map((line) => [line.from, line.text]),
    );
    expect(rosa.messages[0]?.text).toMatch(/^Hola/);
    // The therapist's list counted it: delivered, not read.
    expect(rosa.messages[0]?.state).toBe('delivered');
    expect(rosa.unread).toBe(1);

    const james = await threadOf('James Carter', therapist);
    expect(james.messages.map((line) => [line.author, line.state])).toEqual([
      ['patient', 'read'],
      ['therapist', 'read'],
      ['patient', 'read'],
    ]);
    expect(james.unread).toBe(0);

    const lucia = await signIn(test, `recovering@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const hers = await threadOf('Lucía Romero', lucia);
    expect(hers.messages.map((line) => line.author)).toEqual(['therapist']);
    expect(hers.unread).toBe(1);
    expect(hers.messages.every((line) => line.safetyNet === null)).toBe(true);
  });

  it('stored every line through the service: audited, and no warning sign raised', async () => {
    const { db } = testDatabase.database;
    const lines = Object.values(DEMO_CONVERSATIONS).flat();
    expect(await db.select().from(message)).toHaveLength(lines.length);
    const sends = await db.select().from(auditEvent).where(eq(auditEvent.action, 'message.send'));
    expect(sends).toHaveLength(lines.length);
    expect(await db.select().from(alert).where(eq(alert.kind, 'message-warning-sign'))).toEqual([]);
  });
});
