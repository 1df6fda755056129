import { writeFileSync } from 'node:fs';
import type { Config } from '../config/config.js';
import { openConfiguredDatabase } from '../runtime/runtime.js';

/**
 * Writes a consistent copy of the embedded database (PGlite's data-directory tarball). It takes the
 * data-directory lock, so it refuses to run beside a server using the same directory.
 */
export async function backupCommand(config: Config, out: string): Promise<string> {
  if (config.databaseUrl) {
    throw new Error('backup copies the embedded database; for PostgreSQL use pg_dump.');
  }
  const { database, release } = await openConfiguredDatabase(config, { migrate: false });
  try {
    const tarball = await database.dump();
    writeFileSync(out, Buffer.from(await tarball.arrayBuffer()));
    return `Wrote ${out} (${tarball.size} bytes). Restore it into an empty data directory with: minimus restore --from ${out}`;
  } finally {
    await database.close();
    release();
  }
}
