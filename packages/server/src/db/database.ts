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
   * Appends rows to a table in one statement straight on the driver, past the query builder: for the
   * audit rows on every request's path, where building the SQL would cost more than running it.
   */
  appendRows(shape: RowShape, rows: readonly (readonly (string | null)[])[]): Promise<void>;
  /**
   * Runs SQL text straight on the driver, in the shape pg-boss's bring-your-own-database option wants;
   * text without values may hold several statements (pg-boss's own schema migrations).
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
}

/** A table's columns for `appendRows`, in the order each row gives its values. */
export interface RowShape {
  table: string;
  columns: readonly { name: string; type: 'text' | 'uuid' }[];
}

const NUL = '\u0000';

function checkedValue(value: string | null): string | null {
  if (value?.includes(NUL)) throw new Error('a database value may not contain the NUL character');
  return value;
}

/**
 * PostgreSQL: one named statement over one array per column, so its text is the same for any number of
 * rows and each connection parses and plans it once.
 */
function appendOnPostgres(pool: pg.Pool) {
  const statements = new Map<string, string>();
  const textOf = (shape: RowShape) => {
    let text = statements.get(shape.table);
    if (!text) {
      const arrays = shape.columns.map((column, index) => `$${index + 1}::${column.type}[]`);
      text = `INSERT INTO ${pg.escapeIdentifier(shape.table)} (${shape.columns.map((column) => pg.escapeIdentifier(column.name)).join(', ')}) SELECT * FROM unnest(${arrays.join(', ')})`;
      statements.set(shape.table, text);
    }
    return text;
  };
  return async (shape: RowShape, rows: readonly (readonly (string | null)[])[]) => {
    const values = shape.columns.map((_, index) => rows.map((row) => checkedValue(row[index] ?? null)));
    await pool.query({ name: `minimus_append_${shape.table}`, text: textOf(shape), values });
  };
}

/**
 * PGlite: one simple-protocol statement with the values as quoted literals. PGlite runs in this thread,
 * and its extended protocol (parse, bind, execute) costs about twice a simple statement there.
 */
/** A string as an SQL literal, for statements sent as text without values (the cheaper path on PGlite). */
export function sqlLiteral(value: string): string {
  return pg.escapeLiteral(value);
}

function appendOnPglite(client: PGlite) {
  const literal = (value: string | null) => {
    const checked = checkedValue(value);
    return checked === null ? 'NULL' : pg.escapeLiteral(checked);
  };
  return async (shape: RowShape, rows: readonly (readonly (string | null)[])[]) => {
    const columns = shape.columns.map((column) => pg.escapeIdentifier(column.name)).join(', ');
    const tuples = rows.map(
      (row) =>
        `(${shape.columns.map((column, index) => `${literal(row[index] ?? null)}::${column.type}`).join(', ')})`,
    );
    await client.exec(
      `INSERT INTO ${pg.escapeIdentifier(shape.table)} (${columns}) VALUES ${tuples.join(', ')}`,
    );
  };
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
    appendRows: appendOnPglite(client),
    executeSql: async (text, values) => {
      if (values && values.length > 0) return client.query<Record<string, unknown>>(text, values);
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
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
    appendRows: appendOnPostgres(pool),
    executeSql: async (text, values) => {
      const result = await pool.query(text, values);
      // Several statements answer with one result each; the last is the one a caller reads.
      const last = Array.isArray(result) ? (result.at(-1) as pg.QueryResult | undefined) : result;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
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
