import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';

/**
 * Tables left out of the digest, and why: a refused request may append to them by design, and
 * appending changes no stored record. `audit_event` records denied attempts (and is append-only in
 * the database); `sign_in_attempt` is the throttle's own memory.
 */
const APPEND_ONLY = new Set(['audit_event', 'sign_in_attempt']);

/** Sessions slide their expiry on use; only which sessions exist says whether a request changed data. */
const COLUMNS: Record<string, string> = { session: 'row(t.id, t.user_id, t.token)' };

function rowsOf(result: unknown): Record<string, unknown>[] {
  if (result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows))
    return result.rows as Record<string, unknown>[];
  throw new Error('unexpected query result shape');
}

async function dataTables(db: Database): Promise<string[]> {
  const result = await db.execute(
    sql`select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rowsOf(result)
    .map((row) => String(row.table_name))
    .filter((name) => !APPEND_ONLY.has(name));
}

/**
 * One md5 per data table over all of its rows, in one query, so a test can take it before and after
 * every refused write and see that nothing changed.
 *
 * @example
 * const before = await digestTables(db);
 * // ... a request that must be refused ...
 * expect(await digestTables(db)).toEqual(before);
 */
export async function digestTables(db: Database): Promise<Record<string, string>> {
  const tables = await dataTables(db);
  const parts = tables.map((name) => {
    if (!/^[a-z_]+$/.test(name)) throw new Error(`unexpected table name ${name}`);
    const row = COLUMNS[name] ?? 't';
    return `select '${name}' as name, md5(coalesce(string_agg(${row}::text, '|' order by ${row}::text), '')) as digest from "${name}" t`;
  });
  const result = await db.execute(sql.raw(parts.join(' union all ')));
  return Object.fromEntries(rowsOf(result).map((row) => [String(row.name), String(row.digest)]));
}
