import { and, asc, eq, like } from 'drizzle-orm';
import { verifyPassword } from '../auth/passwords.js';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { account, user } from '../db/schema/index.js';
import { DEMO_DOMAIN, DEMO_PASSWORD, type DemoLogin, seedDemo } from '../demo/demo-seed.js';
import { createRepositories } from '../repositories/repositories.js';
import { transaction } from '../repositories/transaction.js';
import { openConfiguredDatabase } from '../runtime/runtime.js';

const ROLE_ORDER = ['admin', 'therapist', 'patient'];

function loginLines(heading: string, logins: readonly DemoLogin[]): string[] {
  return [
    heading,
    ...logins.map((login) => `  ${login.role.padEnd(24)} ${login.email.padEnd(36)} ${login.password}`),
  ];
}

/**
 * The demo accounts that still sign in with the demo password: active, and not given a password of
 * their own since. Only those are printed again, so every printed sign-in works.
 */
async function demoLoginsStillValid(db: Database): Promise<DemoLogin[]> {
  const rows = await db
    .select({
      name: user.name,
      email: user.email,
      role: user.role,
      active: user.active,
      hash: account.password,
    })
    .from(user)
    .innerJoin(account, and(eq(account.userId, user.id), eq(account.providerId, 'credential')))
    .where(like(user.email, `%@${DEMO_DOMAIN}`))
    .orderBy(asc(user.email));
  const valid: DemoLogin[] = [];
  for (const row of rows) {
    if (!row.active || !row.hash || !(await verifyPassword({ hash: row.hash, password: DEMO_PASSWORD })))
      continue;
    const role = row.role === 'patient' ? `patient (${row.email.split('@')[0]})` : row.role;
    valid.push({ role, name: row.name, email: row.email, password: DEMO_PASSWORD });
  }
  return valid.sort(
    (a, b) => ROLE_ORDER.indexOf(a.role.split(' ')[0] ?? '') - ROLE_ORDER.indexOf(b.role.split(' ')[0] ?? ''),
  );
}

/**
 * Seeds the demo clinic in one transaction and returns the lines to print (the sign-ins). Into a
 * database with accounts already it seeds nothing; with `ifEmpty` it then prints the demo's sign-ins
 * again when the demo is there (a restarted demo), and says plainly when it is not.
 */
export async function demoCommand(config: Config, options: { ifEmpty: boolean }): Promise<string[]> {
  const { database, release } = await openConfiguredDatabase(config, { migrate: false });
  try {
    if ((await createRepositories(database.db).accounts.countUsers()) > 0) {
      if (!options.ifEmpty)
        throw new Error(
          'The database has accounts already; seed the demo into an empty one (or use --if-empty).',
        );
      const logins = await demoLoginsStillValid(database.db);
      return logins.length > 0
        ? loginLines('The demo clinic is here already. Sign in with any of these (demo data only):', logins)
        : ['The database has accounts already and no demo sign-ins; the demo was not seeded.'];
    }
    const logins = await transaction(database.db)((repos) => seedDemo(repos));
    return loginLines('Demo clinic seeded. Sign in with any of these (demo data only):', logins);
  } finally {
    await database.close();
    release();
  }
}
