import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';
import { type ChangeFeed, FEED_APPLICATION_NAME } from './change-feed.js';

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(testDatabaseKinds())('the change feed on %s', (kind) => {
  let testDatabase: TestDatabase;
  let feed: ChangeFeed;
  const heard: string[] = [];
  const liveness: boolean[] = [];

  beforeAll(async () => {
    testDatabase = await openTestDatabase(kind);
    feed = await testDatabase.database.changes();
    feed.subscribe({
      changed: (changeKind, id) => heard.push(`${changeKind}:${id}`),
      live: (isLive) => liveness.push(isLive),
    });
    await until(() => feed.isLive);
  });
  afterAll(async () => testDatabase.dispose());

  it('has heard every change committed before a catch-up once the catch-up resolves', async () => {
    const { db } = testDatabase.database;
    for (let round = 0; round < 25; round += 1) {
      await db.execute(sql`select pg_notify('minimus_change', ${`patient:${round}`})`);
      await feed.catchUp();
      expect(heard.at(-1)).toBe(`patient:${round}`);
    }
  });

  it('announces changes to patient, session and user rows from the triggers', async () => {
    const { db } = testDatabase.database;
    await db.execute(sql`insert into clinic (id, name) values ('feed-clinic', 'Feed clinic')`);
    await db.execute(sql`insert into "user" (id, name, email, email_verified, role, clinic_id, created_at, updated_at)
      values ('feed-user', 'Feed User', 'feed@example.org', false, 'therapist', 'feed-clinic', now(), now())`);
    await db.execute(sql`update "user" set name = 'Renamed' where id = 'feed-user'`);
    await feed.catchUp();
    expect(heard).toContain('user:feed-user');
  });

  it.runIf(kind === 'postgres')(
    'goes down when its connection is cut, and listens again by itself',
    async () => {
      const { db } = testDatabase.database;
      liveness.length = 0;
      await db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
            where datname = current_database() and application_name = ${FEED_APPLICATION_NAME}`,
      );
      await until(() => liveness.includes(false));
      await until(() => feed.isLive);
      expect(liveness).toEqual([false, true]);
      await db.execute(sql`select pg_notify('minimus_change', 'patient:after')`);
      await feed.catchUp();
      expect(heard.at(-1)).toBe('patient:after');
    },
  );
});
