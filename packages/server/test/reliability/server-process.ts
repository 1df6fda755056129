import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const CLI = new URL('../../bin/minimus.mjs', import.meta.url).pathname;

/** Where a real `minimus` process keeps its data: an embedded data directory or a PostgreSQL database. */
export interface ServerStore {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

export function embeddedStore(): ServerStore {
  const dataDir = mkdtempSync(join(tmpdir(), 'minimus-reliability-'));
  return {
    env: { MINIMUS_DATA_DIR: dataDir },
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

export async function postgresStore(serverUrl: string): Promise<ServerStore> {
  const name = `minimus_reliability_${randomUUID().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    dispose: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

function baseEnv(store: ServerStore, port: number): Record<string, string> {
  return { ...store.env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'error' };
}

/** Runs one `minimus` command to its end and returns what it printed; a non-zero exit rejects with stderr. */
export async function runMinimus(args: string[], store: ServerStore, port: number): Promise<string> {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...baseEnv(store, port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    errors += chunk;
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`minimus ${args.join(' ')} exited with ${code}: ${errors.trim()}`);
  return output;
}

export interface RunningServer {
  base: string;
  process: ChildProcess;
  /** SIGKILL: no shutdown code runs, as in a crash or an out-of-memory kill. */
  kill(): Promise<void>;
}

/** Starts `minimus serve` and waits until /readyz answers 200. */
export async function startServer(store: ServerStore, port: number): Promise<RunningServer> {
  const env = baseEnv(store, port);
  const child = spawn(process.execPath, [CLI, 'serve'], { env: { ...process.env, ...env }, stdio: 'ignore' });
  const exited = once(child, 'exit');
  const base = env.PUBLIC_URL ?? '';
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`minimus serve exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return { base, process: child, kill };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await kill();
  throw new Error('minimus serve was not ready within 60 s');
}
