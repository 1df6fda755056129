import { and, count, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { signInAttempt } from '../db/schema/index.js';

/** Failures counted over the last 15 minutes: 5 per account, 20 per address. */
export const THROTTLE = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 20 } as const;

export interface SignInKey {
  email: string;
  address: string;
}

/** Seconds until another attempt may be made, or 0 when one may be made now. */
export async function secondsUntilAllowed(db: Database, key: SignInKey, now: Date): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const [byAccount] = await db
    .select({ total: count() })
    .from(signInAttempt)
    .where(and(eq(signInAttempt.email, key.email), gt(signInAttempt.at, since)));
  const [byAddress] = await db
    .select({ total: count() })
    .from(signInAttempt)
    .where(and(eq(signInAttempt.address, key.address), gt(signInAttempt.at, since)));
  const blocked =
    (byAccount?.total ?? 0) >= THROTTLE.perAccount || (byAddress?.total ?? 0) >= THROTTLE.perAddress;
  return blocked ? Math.ceil(THROTTLE.windowMs / 1000) : 0;
}

export async function recordFailure(db: Database, key: SignInKey): Promise<void> {
  await db.insert(signInAttempt).values(key);
  // Old rows say nothing any more; dropping them keeps the table small.
  await db.delete(signInAttempt).where(lt(signInAttempt.at, new Date(Date.now() - 2 * THROTTLE.windowMs)));
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearAccountFailures(db: Database, email: string): Promise<void> {
  await db.delete(signInAttempt).where(eq(signInAttempt.email, email));
}
