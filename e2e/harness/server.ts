import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

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

async function freePort(): Promise<number> {
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

async function waitForHealth(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited (${server.exitCode}):\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not become healthy:\n${output()}`);
}

/** Builds the web app once per run so the server serves the code under test. */
export async function buildWebApp(): Promise<void> {
  await run('npm', ['run', 'build', '-w', '@minimus/web'], { cwd: ROOT });
}

/**
 * Starts the real server (`minimus serve`) on a free port with a fresh embedded data directory and a
 * clinic admin, the way an operator would.
 */
export async function startServer(): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'minimus-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const adminEmail = 'admin@clinic.test';
  const adminPassword = 'admin-password-123';
  const env = {
    ...process.env,
    MINIMUS_DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: url,
    LOG_LEVEL: 'warn',
    MINIMUS_ADMIN_PASSWORD: adminPassword,
  };
  await run(process.execPath, [CLI, 'migrate'], { env, cwd: ROOT });
  await run(
    process.execPath,
    [CLI, 'create-admin', '--email', adminEmail, '--name', 'Ada Admin', '--clinic', 'Hip Clinic'],
    {
      env,
      cwd: ROOT,
    },
  );
  const server = spawn(process.execPath, [CLI, 'serve'], {
    env,
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  server.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitForHealth(url, server, () => output);
  return {
    url,
    dataDir,
    adminEmail,
    adminPassword,
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
