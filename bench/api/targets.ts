/** The two databases the API benchmarks run on: a fresh embedded one and a fresh PostgreSQL database. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const POSTGRES_ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Target {
  name: string;
  /** The environment `minimus` runs with on this database. */
  env: Record<string, string>;
  cleanup: () => Promise<void>;
}

/** A new PGlite data directory, removed by `cleanup`. */
export function embeddedTarget(port: number): Target {
  const dataDir = mkdtempSync(join(tmpdir(), 'minimus-bench-'));
  return {
    name: 'PGlite (embedded)',
    env: {
      PORT: String(port),
      MINIMUS_DATA_DIR: dataDir,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'error',
    },
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/**
 * A new `minimus_bench_<pid>` database on `BENCH_POSTGRES_URL`, dropped by `cleanup`; null (with a
 * message) when the server cannot be reached.
 */
export async function postgresTarget(port: number): Promise<Target | null> {
  const database = `minimus_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
  } catch (error) {
    console.error(
      `PostgreSQL not reachable at ${POSTGRES_ADMIN_URL} (${(error as Error).message}); skipping it.`,
    );
    await admin.end().catch(() => undefined);
    return null;
  }
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${database}`;
  return {
    name: 'PostgreSQL',
    env: {
      PORT: String(port),
      DATABASE_URL: url.toString(),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'error',
    },
    cleanup: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.end();
    },
  };
}
