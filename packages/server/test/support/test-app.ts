import { hashPassword } from '../../src/auth/passwords.js';
import type { OpenDatabase } from '../../src/db/database.js';
import { createApp } from '../../src/http/app.js';
import type { TrustedProxies } from '../../src/http/client-address.js';
import { createLogger } from '../../src/http/logger.js';
import { createRepositories, type Repositories } from '../../src/repositories/repositories.js';
import { buildDependencies } from '../../src/runtime/runtime.js';
import { openTestDatabase, type TestDatabase, type TestDatabaseKind } from './test-database.js';

export const TEST_ORIGIN = 'http://localhost:3000';
export const TEST_PASSWORD = 'correct horse battery staple';

export type TestApp = Awaited<ReturnType<typeof appOn>>;

/** An app over an open database, as a test drives it: `request` sends JSON with the session cookie. */
export async function appOn(
  database: OpenDatabase,
  options: {
    secret?: string;
    logLines?: string[];
    trustProxy?: TrustedProxies;
    notify?: Parameters<typeof buildDependencies>[1]['notify'];
  } = {},
) {
  const { logLines } = options;
  const logger = logLines ? createLogger('debug', (line) => logLines.push(line)) : createLogger('silent');
  const deps = await buildDependencies(database, {
    publicUrl: TEST_ORIGIN,
    authSecret: options.secret ?? null,
    logger,
    webRoot: '/nonexistent-web-dist',
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    ...(options.notify ? { notify: options.notify } : {}),
  });
  const app = createApp(deps);
  const request = (
    path: string,
    init: { method?: string; body?: unknown; cookie?: string | null; headers?: Record<string, string> } = {},
  ) =>
    app.request(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        origin: TEST_ORIGIN,
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.cookie ? { cookie: init.cookie } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  return { app, deps, request, repos: createRepositories(database.db) as Repositories };
}

/** The `name=value` pairs of a response's Set-Cookie headers, ready to send back. */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .filter((pair): pair is string => pair !== undefined && !pair.endsWith('='))
    .join('; ');
}

export async function signIn(test: TestApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await test.request('/api/auth/sign-in/email', { body: { email, password } });
  if (response.status !== 200)
    throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return cookieFrom(response);
}

let counter = 0;
function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

/** A clinic with an admin and a therapist, each signed in. */
export async function buildClinic(test: TestApp, overrides: { name?: string } = {}) {
  const clinic = await test.repos.accounts.createClinic(overrides.name ?? unique('Clinic'));
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const member = async (role: 'admin' | 'therapist') => {
    const user = await test.repos.accounts.createUser({
      email: `${unique(role)}@example.org`,
      name: `${role} of ${clinic.name}`,
      role,
      clinicId: clinic.id,
    });
    await test.repos.accounts.setPassword(user.id, passwordHash);
    return { ...user, cookie: await signIn(test, user.email) };
  };
  return { clinic, admin: await member('admin'), therapist: await member('therapist') };
}

export type Clinic = Awaited<ReturnType<typeof buildClinic>>;

/** A patient registered by the clinic's therapist through the API, who accepted the invitation. */
export async function buildPatient(
  test: TestApp,
  clinic: Clinic,
  overrides: Partial<{
    name: string;
    injuryDate: string;
    side: 'left' | 'right' | 'both';
    timeZone: string;
    condition: string;
    /** Whether the therapist confirms the program from its first day (CLINICAL 1); true unless told. */
    confirmed: boolean;
  }> = {},
) {
  const email = `${unique('patient')}@example.org`;
  const created = await test.request('/api/v1/patients', {
    cookie: clinic.therapist.cookie,
    body: {
      name: overrides.name ?? unique('Patient'),
      email,
      injuryDate: overrides.injuryDate ?? '2026-01-05',
      side: overrides.side ?? 'right',
      timeZone: overrides.timeZone ?? 'Europe/Madrid',
      ...(overrides.condition ? { condition: overrides.condition } : {}),
    },
  });
  if (created.status !== 201)
    throw new Error(`patient create failed: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  if (overrides.confirmed !== false) {
    const confirmed = await test.request(`/api/v1/patients/${id}/program/changes`, {
      cookie: clinic.therapist.cookie,
      body: {
        kind: 'sign-off',
        signOff: 'program-confirmed',
        reason: 'Onboarding answers reviewed',
        effectiveFrom: overrides.injuryDate ?? '2026-01-05',
      },
    });
    if (confirmed.status !== 201)
      throw new Error(`program confirmation failed: ${confirmed.status} ${await confirmed.text()}`);
  }
  const invitation = await test.request(`/api/v1/patients/${id}/invitations`, {
    method: 'POST',
    cookie: clinic.therapist.cookie,
  });
  const { url } = (await invitation.json()) as { url: string };
  const token = url.split('/').at(-1) ?? '';
  const accepted = await test.request(`/api/v1/invitations/${token}/accept`, {
    body: { password: TEST_PASSWORD },
  });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${await accepted.text()}`);
  return { id, email, cookie: cookieFrom(accepted) };
}

/** Opens a test database and an app on it; `dispose` closes both. */
export async function openTestApp(kind: TestDatabaseKind): Promise<TestApp & { testDatabase: TestDatabase }> {
  const testDatabase = await openTestDatabase(kind);
  return { ...(await appOn(testDatabase.database)), testDatabase };
}
