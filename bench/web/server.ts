import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'packages/server/bin/minimus.mjs');
const ADMIN = { email: 'admin@bench.test', password: 'bench-admin-password' };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not become healthy');
}

/** `minimus serve` on a free port with a fresh embedded database and a clinic admin. */
export async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'minimus-bench-web-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    MINIMUS_DATA_DIR: dataDir,
    PORT: String(port),
    PUBLIC_URL: url,
    LOG_LEVEL: 'warn',
    MINIMUS_ADMIN_PASSWORD: ADMIN.password,
  };
  await run(process.execPath, [CLI, 'migrate'], { env, cwd: ROOT });
  await run(
    process.execPath,
    [CLI, 'create-admin', '--email', ADMIN.email, '--name', 'Bench', '--clinic', 'Bench'],
    {
      env,
      cwd: ROOT,
    },
  );
  const server = spawn(process.execPath, [CLI, 'serve'], { env, cwd: ROOT, stdio: 'ignore' });
  await waitForHealth(url, server);
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Keeps the session cookie between calls, as a browser would. */
class Client {
  private cookies = new Map<string, string>();
  constructor(private readonly baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        origin: this.baseUrl,
        cookie: this.cookieHeader(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const header of response.headers.getSetCookie()) {
      const [name, ...value] = (header.split(';')[0] ?? '').split('=');
      if (name) this.cookies.set(name.trim(), value.join('='));
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} -> ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}

function token(url: string): string {
  return url.split('/invite/')[1] ?? '';
}

/**
 * A patient ten days after the injury, past onboarding and with today's check-in, so Today shows
 * exercises. Returns their session cookie.
 */
export async function seededPatientCookie(url: string): Promise<string> {
  const admin = new Client(url);
  await admin.send('POST', '/api/auth/sign-in/email', ADMIN);
  const invited = await admin.send<{ invitation: { url: string } }>('POST', '/api/v1/therapists', {
    email: 'therapist@bench.test',
    name: 'Bench Therapist',
  });
  const therapist = new Client(url);
  await therapist.send('POST', `/api/v1/invitations/${token(invited.invitation.url)}/accept`, {
    password: 'bench-therapist-pw',
  });
  const patient = await therapist.send<{ id: string }>('POST', '/api/v1/patients', {
    name: 'Bench Patient',
    email: 'patient@bench.test',
    injuryDate: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
    side: 'right',
    timeZone: 'UTC',
  });
  const link = await therapist.send<{ url: string }>('POST', `/api/v1/patients/${patient.id}/invitations`);
  const client = new Client(url);
  await client.send('POST', `/api/v1/invitations/${token(link.url)}/accept`, {
    password: 'bench-patient-pw',
  });
  await seedOnboarding(client, patient.id);
  return client.cookieHeader();
}

async function seedOnboarding(client: Client, patientId: string): Promise<void> {
  const protocol = await client.send<{
    screens: {
      redFlag: { items: { id: string }[] };
      tendinopathy: { items: { id: string }[] };
      falls: { items: { id: string }[] };
    };
  }>('GET', '/api/v1/protocol');
  const date = new Date().toISOString().slice(0, 10);
  const no = (items: { id: string }[]) => Object.fromEntries(items.map((item) => [item.id, false]));
  const post = (kind: string, body: object) =>
    client.send('POST', `/api/v1/patients/${patientId}/${kind}`, {
      clientId: crypto.randomUUID(),
      date,
      ...body,
    });
  await post('screens/red-flag', { answers: no(protocol.screens.redFlag.items) });
  await post('screens/tendinopathy', { answers: no(protocol.screens.tendinopathy.items) });
  await post('screens/falls', { answers: no(protocol.screens.falls.items) });
  await post('psfs', { activities: [{ name: 'Stairs', score: 4 }] });
  await post('check-ins', { nextMorningPain: 1, worstPain24h: 2, walkingPain: 1 });
}
