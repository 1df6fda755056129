import type { Config } from '../config/config.js';
import { seedDemo } from '../demo/demo-seed.js';
import { createRepositories } from '../repositories/repositories.js';
import { transaction } from '../repositories/transaction.js';
import { openConfiguredDatabase } from '../runtime/runtime.js';

/** Seeds the demo clinic in one transaction and returns the lines to print (the logins). */
export async function demoCommand(config: Config, options: { ifEmpty: boolean }): Promise<string[]> {
  const { database, release } = await openConfiguredDatabase(config, { migrate: false });
  try {
    if ((await createRepositories(database.db).accounts.countUsers()) > 0) {
      if (options.ifEmpty) return ['The database has accounts already; the demo was not seeded.'];
      throw new Error(
        'The database has accounts already; seed the demo into an empty one (or use --if-empty).',
      );
    }
    const logins = await transaction(database.db)((repos) => seedDemo(repos));
    return [
      'Demo clinic seeded. Sign in with any of these (demo data only):',
      ...logins.map((login) => `  ${login.role.padEnd(24)} ${login.email.padEnd(36)} ${login.password}`),
    ];
  } finally {
    await database.close();
    release();
  }
}
