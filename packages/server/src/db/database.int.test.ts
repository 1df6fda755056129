import { describe, expect, it } from 'vitest';
import { appOn } from '../../test/support/test-app.js';
import { openTestDatabase } from '../../test/support/test-database.js';
import { isReachable, openPglite, pendingMigrations } from './database.js';

describe('the database', () => {
  it('counts the migrations a database still lacks', async () => {
    const database = await openPglite({});
    try {
      expect(await pendingMigrations(database.db)).toBeGreaterThan(0);
      await database.migrate();
      expect(await pendingMigrations(database.db)).toBe(0);
    } finally {
      await database.close();
    }
  });

  it('makes /readyz answer 503 once the database is gone', async () => {
    const { database } = await openTestDatabase('pglite');
    const test = await appOn(database);
    expect((await test.request('/readyz')).status).toBe(200);
    await database.close();
    expect(await isReachable(database.db)).toBe(false);
    const response = await test.request('/readyz');
    expect(response.status).toBe(503);
    expect((await test.request('/healthz')).status).toBe(200);
  });
});
