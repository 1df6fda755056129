import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { auditEvent } from '../db/schema/index.js';
import { type AuditEntry, batchedAuditRecorder, REPEATED_READ_WINDOW_MS } from './audit-repository.js';

describe.each(testDatabaseKinds())('batched audit rows on %s', (kind) => {
  let testDatabase: TestDatabase;

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
  });
  afterAll(async () => testDatabase.dispose());

  const entry = (requestId: string, patientId: string | null = null): AuditEntry => ({
    actorId: 'user-1',
    actorRole: 'therapist',
    clinicId: 'clinic-1',
    action: 'plan.read',
    patientId,
    outcome: 'allowed',
    requestId,
  });

  it('stores every row of requests that ask at once, each promise settling once its row is stored', async () => {
    const { db } = testDatabase.database;
    const audit = batchedAuditRecorder(testDatabase.database);
    const ids = Array.from({ length: 40 }, () => randomUUID());
    await Promise.all(ids.map((id) => audit.record(entry(id))));
    const rows = await db.select({ requestId: auditEvent.requestId }).from(auditEvent);
    expect(rows.map((row) => row.requestId).sort()).toEqual([...ids].sort());
  });

  it('stores each field as given, quotes, commas, braces and missing values included', async () => {
    const { db } = testDatabase.database;
    const audit = batchedAuditRecorder(testDatabase.database);
    const patientId = randomUUID();
    const awkward = 'a "quoted", {braced} \\ back\\slash ñ NULL';
    await Promise.all([
      audit.record({ ...entry(awkward, patientId), action: 'plan.read' }),
      audit.record({
        ...entry('no-actor'),
        actorId: null,
        actorRole: null,
        clinicId: null,
        outcome: 'denied',
      }),
    ]);
    const rows = await db.select().from(auditEvent);
    expect(rows.find((row) => row.requestId === awkward)).toMatchObject({
      actorId: 'user-1',
      patientId,
      action: 'plan.read',
    });
    expect(rows.find((row) => row.requestId === 'no-actor')).toMatchObject({
      actorId: null,
      actorRole: null,
      clinicId: null,
      patientId: null,
      outcome: 'denied',
    });
  });

  it('keeps the good rows of a batch that holds a row the database refuses, and fails only that one', async () => {
    const { db } = testDatabase.database;
    const audit = batchedAuditRecorder(testDatabase.database);
    const good = [randomUUID(), randomUUID()];
    const results = await Promise.allSettled([
      audit.record(entry(good[0] ?? '')),
      audit.record(entry('refused', 'not-a-uuid')),
      audit.record(entry(good[1] ?? '')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows = await db.select({ requestId: auditEvent.requestId }).from(auditEvent);
    const stored = rows.map((row) => row.requestId);
    expect(stored).toEqual(expect.arrayContaining(good));
    expect(stored).not.toContain('refused');
  });

  it('stores text that looks like SQL as text, and refuses a NUL character without storing its batch-mates twice', async () => {
    const { db } = testDatabase.database;
    const audit = batchedAuditRecorder(testDatabase.database);
    const sqlLike = "x'); DELETE FROM audit_event; -- it's \\' $1 $$ E'\\x00'";
    const fine = randomUUID();
    const results = await Promise.allSettled([
      audit.record(entry(sqlLike)),
      audit.record(entry('with \u0000 inside')),
      audit.record(entry(fine)),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const rows = await db.select({ requestId: auditEvent.requestId }).from(auditEvent);
    const stored = rows.map((row) => row.requestId);
    expect(stored.filter((id) => id === sqlLike)).toHaveLength(1);
    expect(stored.filter((id) => id === fine)).toHaveLength(1);
    expect(stored.some((id) => id?.startsWith('with '))).toBe(false);
  });

  it('gives every row its own id', async () => {
    const { db } = testDatabase.database;
    const audit = batchedAuditRecorder(testDatabase.database);
    await Promise.all(Array.from({ length: 25 }, () => audit.record(entry(randomUUID()))));
    const ids = (await db.select({ id: auditEvent.id }).from(auditEvent)).map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stores a read repeated with the same answer once per window, and every change, refusal and write', async () => {
    const { db } = testDatabase.database;
    let now = Date.parse('2026-03-10T10:00:00Z');
    const audit = batchedAuditRecorder(testDatabase.database, () => now);
    const patientId = randomUUID();
    const poll = (requestId: string, sameAs = '3:m3') =>
      audit.record({ ...entry(requestId, patientId), action: 'messages.read' }, sameAs);
    const minutes = (count: number) => {
      now += count * 60_000;
    };
    await poll('first');
    for (const id of ['2 min', '4 min', '6 min']) {
      minutes(2);
      await poll(id);
    }
    await Promise.all([poll('together a'), poll('together b')]);
    minutes(1);
    await poll('a new message', '4:m4');
    await audit.record({ ...entry('a receipt', patientId), action: 'messages.mark-read' });
    await audit.record({ ...entry('another receipt', patientId), action: 'messages.mark-read' });
    await poll('same as the new message', '4:m4');
    await audit.record(
      { ...entry('refused', patientId), action: 'messages.read', outcome: 'denied' },
      '4:m4',
    );
    await audit.record(
      { ...entry('by another', patientId), actorId: 'user-2', action: 'messages.read' },
      '4:m4',
    );
    now = Date.parse('2026-03-10T10:00:00Z') + REPEATED_READ_WINDOW_MS;
    await poll('window over');
    const rows = await db
      .select({ requestId: auditEvent.requestId, action: auditEvent.action, outcome: auditEvent.outcome })
      .from(auditEvent)
      .where(eq(auditEvent.patientId, patientId));
    expect(rows.map((row) => row.requestId).sort()).toEqual(
      [
        'first',
        'a new message',
        'a receipt',
        'another receipt',
        'refused',
        'by another',
        'window over',
      ].sort(),
    );
  });
});
