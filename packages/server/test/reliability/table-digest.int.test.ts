import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOn, buildClinic, type TestApp } from '../support/test-app.js';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../support/test-database.js';
import { digestTables } from './table-digest.js';

describe.each(testDatabaseKinds())('table fingerprints on %s', (kind) => {
  let testDatabase: TestDatabase;
  let test: TestApp;

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
    test = await appOn(testDatabase.database);
    await buildClinic(test);
  });
  afterAll(async () => testDatabase.dispose());

  const run = (statement: string) => test.deps.db.execute(sql.raw(statement));

  it('stay the same when nothing is written, even after reads', async () => {
    const before = await digestTables(test.deps.db);
    await run('select * from clinic');
    await test.request('/api/v1/protocol');
    expect(await digestTables(test.deps.db)).toEqual(before);
  });

  it('change on an insert, an update that writes the same values, and a delete', async () => {
    const id = randomUUID();
    const steps = [
      `insert into clinic (id, name) values ('${id}', 'Fingerprint')`,
      `update clinic set name = name where id = '${id}'`,
      `delete from clinic where id = '${id}'`,
    ];
    for (const statement of steps) {
      const before = await digestTables(test.deps.db);
      await run(statement);
      const after = await digestTables(test.deps.db);
      expect(after.clinic, statement).not.toBe(before.clinic);
      expect({ ...after, clinic: '' }, statement).toEqual({ ...before, clinic: '' });
    }
  });

  it('ignore a session sliding its expiry, but not a session ending', async () => {
    const before = await digestTables(test.deps.db);
    await run(`update session set expires_at = expires_at + interval '1 minute', updated_at = now()`);
    expect(await digestTables(test.deps.db)).toEqual(before);
    await run('delete from session where id = (select min(id) from session)');
    expect((await digestTables(test.deps.db)).session).not.toBe(before.session);
  });
});
