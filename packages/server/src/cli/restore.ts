import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Config } from '../config/config.js';
import { lockDataDir } from '../db/data-dir-lock.js';
import { openPglite } from '../db/database.js';

/**
 * Restores a `minimus backup` tarball into an empty data directory. It never writes over an existing
 * database: move the old directory away first, so a mistaken restore cannot lose data.
 */
export async function restoreCommand(config: Config, from: string): Promise<string> {
  if (config.databaseUrl)
    throw new Error('restore fills the embedded database; for PostgreSQL use pg_restore.');
  if (!existsSync(from)) throw new Error(`No such backup file: ${from}`);
  if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0) {
    throw new Error(
      `${config.dataDir} is not empty; move it away (or choose another MINIMUS_DATA_DIR) first.`,
    );
  }
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openPglite({
      dataDir: config.dataDir,
      loadDataDir: new Blob([readFileSync(from)]),
    });
    await database.migrate();
    await database.close();
    return `Restored ${from} into ${config.dataDir}.`;
  } finally {
    release();
  }
}
