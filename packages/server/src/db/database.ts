import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { count, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { type PgDatabase, type PgQueryResultHKT, pgSchema, serial } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type ChangeFeed, pgliteChangeFeed, postgresChangeFeed } from './change-feed.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The one database type services and repositories see, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export const MIGRATIONS_FOLDER = new URL('../../drizzle', import.meta.url).pathname;

export interface OpenDatabase {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Applies the committed SQL migrations that have not run yet. */
  migrate(): Promise<void>;
  /** A tarball of the embedded data directory (PGlite only). */
  dump(): Promise<Blob>;
  /** The database's change announcements (one feed per open database, made on first use). */
  changes(): Promise<ChangeFeed>;
  /**
   * Runs one fixed statement straight on the driver, past the query builder: for the few statements on
   * every request's path, where building the SQL would cost more than running it. `name` lets
   * PostgreSQL parse and plan it once per connection.
   */
  statement(name: string, text: string, values: readonly unknown[]): Promise<void>;
  close(): Promise<void>;
}

/** Opens the embedded database in `dataDir`, or one loaded from a `dumpDataDir()` tarball. */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }): Promise<OpenDatabase> {
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite({ client, schema });
  let feed: Promise<ChangeFeed> | null = null;
  return {
    db,
    kind: 'pglite',
    changes: () => {
      feed ??= pgliteChangeFeed(client);
      return feed;
    },
    statement: async (_name, text, values) => {
      await client.query(text, [...values]);
    },
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    dump: async () => {
      const dump = await client.dumpDataDir('gzip');
      return dump;
    },
    close: async () => {
      await (await feed)?.close();
      await client.close();
    },
  };
}

/** Connects to a PostgreSQL server; the pool is shared by every request of this process. */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<OpenDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client that loses its server would otherwise crash the process.
  pool.on('error', () => undefined);
  const db = drizzleNodePostgres({ client: pool, schema });
  await db.execute(sql`select 1`);
  let feed: ChangeFeed | null = null;
  return {
    db,
    kind: 'postgres',
    changes: async () => {
      feed ??= postgresChangeFeed(url);
      return feed;
    },
    statement: async (name, text, values) => {
      await pool.query({ name, text, values: [...values] });
    },
    migrate: () => migrateNodePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    dump: () => Promise.reject(new Error('backup covers the embedded database; use pg_dump for PostgreSQL')),
    close: async () => {
      await feed?.close();
      await pool.end();
    },
  };
}

/** drizzle's own record of applied migrations (not part of our schema, so never migrated by us). */
const appliedMigrations = pgSchema('drizzle').table('__drizzle_migrations', {
  id: serial('id').primaryKey(),
});

/** How many committed migrations the database has not applied yet (drizzle records applied ones). */
export async function pendingMigrations(db: Database): Promise<number> {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
    entries: unknown[];
  };
  try {
    const [row] = await db.select({ applied: count() }).from(appliedMigrations);
    return journal.entries.length - (row?.applied ?? 0);
  } catch {
    return journal.entries.length;
  }
}

/** True when the database answers a trivial query. */
export async function isReachable(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
