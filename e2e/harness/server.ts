import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'packages/server/bin/minimus.mjs');

export interface RunningServer {
  url: string;
  dataDir: string;
  adminEmail: string;
  adminPassword: string;
  stop(): Promise<void>;
}

/** A `minimus serve` process on its own port and data directory, as `launchMinimus` started it. */
export interface LaunchedMinimus {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(
  url: string,
  exitCode: () => number | null,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exitCode() !== null) throw new Error(`server exited (${exitCode()}):\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

/** Runs one `minimus` command (`migrate`, `demo`, `create-admin ...`) to its end in `env`. */
export async function runMinimus(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  await run(process.execPath, [CLI, ...args], { env, cwd: ROOT });
}

/**
 * Starts the real server (`minimus serve`) on a free port with a fresh embedded data directory, after
 * `prepare` has run its commands on that directory, and waits until it answers /healthz.
 */
export async function launchMinimus(
  dataDirPrefix: string,
  prepare: (env: NodeJS.ProcessEnv) => Promise<void>,
  extraEnv: Record<string, string> = {},
): Promise<LaunchedMinimus> {
  const dataDir = await mkdtemp(join(tmpdir(), dataDirPrefix));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    MINIMUS_DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: url,
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  await prepare(env);
  const server = spawn(process.execPath, [CLI, 'serve'], {
    env,
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  await waitForHealth(
    url,
    () => server.exitCode,
    () => output,
  );
  return {
    url,
    dataDir,
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Builds the web app once per run so the server serves the code under test. */
/** Builds the web app the server will serve (`npm run build -w @minimus/web`). */
export async function buildWebAppNow(): Promise<void> {
  await run('npm', ['run', 'build', '-w', '@minimus/web'], { cwd: ROOT });
}

/** The web app as this run serves it: built once by the run's global setup (`build-once.ts`). */
export async function buildWebApp(): Promise<void> {
  if (!inject('webAppBuilt')) await buildWebAppNow();
}

/**
 * Starts the real server (`minimus serve`) on a free port with a fresh embedded data directory and a
 * clinic admin, the way an operator would.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const adminEmail = 'admin@clinic.test';
  const adminPassword = 'admin-password-123';
  const launched = await launchMinimus(
    'minimus-e2e-',
    async (env) => {
      await runMinimus(['migrate'], env);
      await runMinimus(
        ['create-admin', '--email', adminEmail, '--name', 'Ada Admin', '--clinic', 'Hip Clinic'],
        env,
      );
    },
    { MINIMUS_ADMIN_PASSWORD: adminPassword, ...extraEnv },
  );
  return { ...launched, adminEmail, adminPassword };
}
