import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type OpenDatabase, openPglite, openPostgres } from '../../src/db/database.js';

export type TestDatabaseKind = 'pglite' | 'postgres';

let template: Promise<Blob> | null = null;

/** Migrating takes seconds in PGlite; a migrated data directory is dumped once and loaded per test database. */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const database = await openPglite({});
    await database.migrate();
    const dump = await database.dump();
    await database.close();
    return dump;
  })();
  return template;
}

export interface TestDatabase {
  database: OpenDatabase;
  /** The PostgreSQL URL of this database, so a second app instance can share it; null for PGlite. */
  url: string | null;
  /** Closes the database and, on PostgreSQL, drops it. */
  dispose(): Promise<void>;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** A fresh PostgreSQL database of its own, migrated; dropped again by `dispose`. */
async function postgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `minimus_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabaseName(serverUrl, name);
  const database = await openPostgres(url, { max: 5 });
  await database.migrate();
  return {
    database,
    url,
    dispose: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** The database kinds to run integration tests on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export function postgresTestUrl(): string | null {
  return process.env.TEST_DATABASE_URL ?? null;
}

export async function openTestDatabase(kind: TestDatabaseKind): Promise<TestDatabase> {
  if (kind === 'postgres') {
    const url = postgresTestUrl();
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    return postgresDatabase(url);
  }
  const database = await openPglite({ loadDataDir: await migratedTemplate() });
  return { database, url: null, dispose: () => database.close() };
}
