import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../db/database.js';
import { user } from '../db/schema/index.js';

const CLI = new URL('../../bin/minimus.mjs', import.meta.url).pathname;

interface Run {
  code: number | null;
  output: string;
}

function start(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return { child, output: () => output };
}

function run(args: string[], env: Record<string, string>): Promise<Run> {
  const { child, output } = start(args, env);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output: output() })));
}

async function waitFor(read: () => string, text: string): Promise<void> {
  for (let attempt = 0; attempt < 900 && !read().includes(text); attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(read()).toContain(text);
}

// Each case starts real processes (tsx, PGlite initdb), which a busy CI machine can slow a lot.
describe('the minimus command', { timeout: 120_000 }, () => {
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'minimus-cli-'));
    env = { MINIMUS_DATA_DIR: dataDir, PORT: String(40_000 + (process.pid % 20_000)) };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops on a bad setting, naming it', async () => {
    const result = await run(['serve'], { ...env, PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('PORT');
  });

  it('offers first-run setup in the browser while there is no account, naming both apps', async () => {
    const server = start(['serve'], env);
    try {
      await waitFor(server.output, 'Next:');
      expect(server.output()).toContain('create your clinic');
      expect(server.output()).toMatch(/Clinic staff: +http:\/\/localhost:\d+\/clinic/);
      // The server holds the embedded database: a command that needs it would fail now.
      expect(server.output()).not.toContain('create-admin');
    } finally {
      const exited = new Promise((resolve) => server.child.on('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
  });

  it('creates an admin with the password from the environment', async () => {
    const result = await run(
      ['create-admin', '--email', 'admin@example.org', '--name', 'Ada', '--clinic', 'North Clinic'],
      {
        ...env,
        MINIMUS_ADMIN_PASSWORD: 'a long admin password',
      },
    );
    expect(result.output).toContain('Created admin admin@example.org for North Clinic');
    expect(result.code).toBe(0);
  });

  it('refuses a second process on the same data directory and frees it on shutdown', async () => {
    const server = start(['serve'], env);
    try {
      await waitFor(server.output, 'Next:');
      // Accounts exist: nothing suggests setup or the demo any more.
      expect(server.output()).toContain('and sign in.');
      expect(server.output()).not.toContain('--demo');
      expect(readFileSync(join(dataDir, 'minimus.lock'), 'utf8').trim()).toBe(String(server.child.pid));
      const second = await run(['backup', '--out', join(dataDir, 'refused.tar.gz')], env);
      expect(second.code).toBe(1);
      expect(second.output).toContain(`in use by another Minimus process (pid ${server.child.pid})`);
    } finally {
      const exited = new Promise((resolve) => server.child.on('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    expect(existsSync(join(dataDir, 'minimus.lock'))).toBe(false);
  });

  it('writes a backup tarball of the embedded database', async () => {
    const out = join(dataDir, 'backup.tar.gz');
    const result = await run(['backup', '--out', out], env);
    expect(result.code).toBe(0);
    expect([...readFileSync(out).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  });

  it('restores a backup into an empty data directory and never over an existing one', async () => {
    const out = join(dataDir, 'restore-source.tar.gz');
    expect((await run(['backup', '--out', out], env)).code).toBe(0);
    const refused = await run(['restore', '--from', out], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('is not empty');
    const target = join(dataDir, 'restored');
    const restored = await run(['restore', '--from', out], { ...env, MINIMUS_DATA_DIR: target });
    expect(restored.code).toBe(0);
    const database = await openPglite({ dataDir: target });
    const admins = await database.db.select({ email: user.email }).from(user);
    await database.close();
    expect(admins).toEqual([{ email: 'admin@example.org' }]);
  });

  it('prints the demo sign-ins again when the demo is started a second time', async () => {
    const demoDir = mkdtempSync(join(tmpdir(), 'minimus-demo-'));
    try {
      const demoEnv = { ...env, MINIMUS_DATA_DIR: demoDir };
      const first = await run(['demo', '--if-empty'], demoEnv);
      expect(first.code).toBe(0);
      expect(first.output).toContain('Demo clinic seeded');
      const again = await run(['demo', '--if-empty'], demoEnv);
      expect(again.code).toBe(0);
      expect(again.output).toContain('The demo clinic is here already');
      const signIns = (output: string) =>
        output.split('\n').filter((line) => line.includes('@demo.minimus.example'));
      expect(signIns(again.output)).toEqual(signIns(first.output));
      expect(signIns(again.output).length).toBeGreaterThanOrEqual(3);
    } finally {
      rmSync(demoDir, { recursive: true, force: true });
    }
  });
});
