import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.js';
import { rowsOf } from '../../src/db/rows.js';

/**
 * Tables left out of the digest, and why: a refused request may append to them by design, and
 * appending changes no stored record. `audit_event` records denied attempts (and is append-only in
 * the database); `sign_in_attempt` is the throttle's own memory.
 */
const APPEND_ONLY = new Set(['audit_event', 'sign_in_attempt']);

/** Sessions slide their expiry on use; only which sessions exist says whether a request changed data. */
const SESSION_ROWS = 'row(t.id, t.user_id, t.token)';

async function dataTables(db: Database): Promise<string[]> {
  const result = await db.execute(
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rowsOf(result)
    .map((row) => String(row.table_name))
    .filter((name) => !APPEND_ONLY.has(name));
}

function fingerprintOf(name: string): string {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`unexpected table name ${name}`);
  const fingerprint =
    name === 'session'
      ? `md5(coalesce(string_agg(${SESSION_ROWS}::text, '|' order by ${SESSION_ROWS}::text), ''))`
      : `count(*)::text || '/' || coalesce(max(t.xmin::text::bigint), 0)::text`;
  return `select '${name}'::text, ${fingerprint} from "${name}" t`;
}

const installed = new WeakMap<Database, Promise<void>>();

/**
 * Puts the fingerprint query in a PL/pgSQL function in the test database, once, so its plan is
 * kept: planning the union of every table each time cost three quarters of a fingerprint on PGlite.
 */
function installFingerprints(db: Database): Promise<void> {
  const known = installed.get(db);
  if (known) return known;
  const install = (async () => {
    const query = (await dataTables(db)).map(fingerprintOf).join(' union all ');
    await db.execute(
      sql.raw(`create or replace function reliability_table_fingerprints()
        returns table(name text, digest text) language plpgsql stable
        as $fingerprints$ begin return query ${query}; end $fingerprints$`),
    );
  })();
  installed.set(db, install);
  return install;
}

/**
 * One fingerprint per data table, in one query, so a test can take it before and after every refused
 * write and see that nothing changed. A table's fingerprint is its row count and the newest `xmin`
 * (the transaction that wrote a row version): an insert or delete changes the count or the newest
 * writer, and an update, even one that writes the same values again, makes the updating transaction
 * the newest writer. So an unchanged fingerprint means no row was inserted, updated or deleted, and
 * it costs one scan without turning rows into text, which keeps the check cheap as tables grow.
 * Sessions are the exception: using one slides its expiry, so for them an md5 of which sessions
 * exist is compared. The first call adds the function `reliability_table_fingerprints()` to the
 * (test) database.
 *
 * @example
 * const before = await digestTables(db);
 * // ... a request that must be refused ...
 * expect(await digestTables(db)).toEqual(before);
 */
export async function digestTables(db: Database): Promise<Record<string, string>> {
  await installFingerprints(db);
  const result = await db.execute(sql`select name, digest from reliability_table_fingerprints()`);
  return Object.fromEntries(rowsOf(result).map((row) => [String(row.name), String(row.digest)]));
}
