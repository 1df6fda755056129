import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.js';
import { rowsOf } from '../../src/db/rows.js';

/** The columns that say whose a record is. */
const OWNER_COLUMNS = ['patient_id', 'clinic_id', 'therapist_id', 'user_id', 'author_id'];

/**
 * Tables left out: `audit_event` is append-only in the database and records a refused attempt with
 * the id that was tried; `sign_in_attempt` is the throttle's memory; sessions slide their expiry.
 */
const LEFT_OUT = new Set(['audit_event', 'sign_in_attempt', 'session']);

export interface OwnedRow {
  /** The owner columns as JSON, e.g. `{"patient_id": "...", "author_id": "..."}`. */
  owners: string;
  /** An md5 of the whole row. */
  content: string;
}

async function ownedTables(db: Database): Promise<{ name: string; key: string; owners: string[] }[]> {
  const keys = rowsOf(
    await db.execute(sql`
      select c.relname as name, min(a.attname) as key
      from pg_index i
      join pg_class c on c.oid = i.indrelid
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
      where i.indisprimary and n.nspname = 'public'
      group by c.relname`),
  );
  const columns = rowsOf(
    await db.execute(sql`select table_name, column_name from information_schema.columns
      where table_schema = 'public'`),
  );
  return keys
    .map((row) => {
      const name = String(row.name);
      const owners = columns
        .filter((column) => column.table_name === name && OWNER_COLUMNS.includes(String(column.column_name)))
        .map((column) => String(column.column_name));
      // A clinic owns itself.
      return { name, key: String(row.key), owners: name === 'clinic' ? ['id'] : owners };
    })
    .filter((table) => table.owners.length > 0 && !LEFT_OUT.has(table.name));
}

/**
 * Every owned record (a patient's history, a clinic's patients and users, ...) by `table:key`, with
 * its owners and an md5 of its content, so a test can see whether a request moved a record to
 * another owner, touched another owner's records or created one for them.
 */
export async function recordOwners(db: Database): Promise<Map<string, OwnedRow>> {
  const tables = await ownedTables(db);
  const parts = tables.map(({ name, key, owners }) => {
    if (![name, key, ...owners].every((part) => /^[a-z_]+$/.test(part)))
      throw new Error(`unexpected name in ${name}`);
    const json = owners.map((owner) => `'${owner}', t.${owner}`).join(', ');
    return `select '${name}:' || t.${key}::text as key, json_build_object(${json})::text as owners, md5(t::text) as content from "${name}" t`;
  });
  const result = await db.execute(sql.raw(parts.join(' union all ')));
  return new Map(
    rowsOf(result).map((row) => [
      String(row.key),
      { owners: String(row.owners), content: String(row.content) },
    ]),
  );
}

/**
 * What a request did to records it had no business with: a record whose owners changed, a record of
 * one of `foreignIds` (patients, clinics, users) that changed or vanished, or a new record for one.
 */
export function ownershipProblems(
  before: ReadonlyMap<string, OwnedRow>,
  after: ReadonlyMap<string, OwnedRow>,
  foreignIds: readonly string[],
): string[] {
  const isForeign = (key: string, row: OwnedRow) =>
    foreignIds.some((id) => key.endsWith(`:${id}`) || row.owners.includes(`"${id}"`));
  const problems: string[] = [];
  for (const [key, row] of before) {
    const now = after.get(key);
    if (now && now.owners !== row.owners) problems.push(`${key} moved from ${row.owners} to ${now.owners}`);
    if (isForeign(key, row) && now?.content !== row.content) problems.push(`${key} of another owner changed`);
  }
  for (const [key, row] of after)
    if (!before.has(key) && isForeign(key, row)) problems.push(`${key} was created for ${row.owners}`);
  return problems;
}
