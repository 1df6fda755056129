import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { serverSetting } from '../db/schema/index.js';

const KEY = 'auth-secret';

/**
 * The secret that signs session cookies: the configured one, or one generated on first start and
 * kept in the database, so every instance on the same database signs alike without extra setup.
 */
export async function authSecret(db: Database, configured: string | null): Promise<string> {
  if (configured) return configured;
  await db
    .insert(serverSetting)
    .values({ key: KEY, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(serverSetting).where(eq(serverSetting.key, KEY));
  if (!row) throw new Error('could not read the session-signing secret');
  return row.value;
}
