import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appOn,
  buildClinic,
  buildPatient,
  type Clinic,
  cookieFrom,
  openTestApp,
  signIn,
  TEST_PASSWORD,
  type TestApp,
} from '../../test/support/test-app.js';
import type { TestDatabase } from '../../test/support/test-database.js';
import { account, invitation, session, signInAttempt } from '../db/schema/index.js';

const HOUR_MS = 3_600_000;

describe('accounts and sessions', () => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp('pglite');
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  const signInWith = (email: string, password: string) =>
    test.request('/api/auth/sign-in/email', { body: { email, password } });

  it('answers an unknown email and a wrong password alike', async () => {
    const unknown = await signInWith('nobody@example.org', 'wrong password 1');
    const wrong = await signInWith(clinic.admin.email, 'wrong password 1');
    expect([unknown.status, wrong.status]).toEqual([401, 401]);
    expect(await unknown.text()).toBe(await wrong.text());
  });

  it('keeps the session token out of JSON bodies: it lives only in the HttpOnly cookie', async () => {
    const response = await signInWith(clinic.therapist.email, TEST_PASSWORD);
    const cookie = cookieFrom(response);
    const token = decodeURIComponent(cookie.split('=')[1] ?? '').split('.')[0] ?? '';
    expect(token.length).toBeGreaterThan(10);
    expect(await response.text()).not.toContain(token);
    const current = await test.request('/api/auth/get-session', { cookie });
    const text = await current.text();
    expect(text).toContain(clinic.therapist.email);
    expect(text).not.toContain(token);
  });

  it('stores argon2id hashes only', async () => {
    const [row] = await test.deps.db.select().from(account).where(eq(account.userId, clinic.admin.id));
    expect(row?.password).toMatch(/^\$argon2id\$/);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie on localhost', async () => {
    const response = await signInWith(clinic.therapist.email, TEST_PASSWORD);
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('minimus.session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('uses a Secure __Host- cookie and HSTS outside localhost', async () => {
    const deployed = await appOn(test.testDatabase.database);
    const secureDeps = { ...deployed.deps, publicUrl: 'https://clinic.example' };
    const { createApp } = await import('../http/app.js');
    const { createAuth } = await import('./auth.js');
    const auth = createAuth({
      db: secureDeps.db,
      publicUrl: 'https://clinic.example',
      secret: 'x'.repeat(40),
      secureCookies: true,
    });
    const app = createApp({ ...secureDeps, auth, secureCookies: true });
    const response = await app.request('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { origin: 'https://clinic.example', 'content-type': 'application/json' },
      body: JSON.stringify({ email: clinic.therapist.email, password: TEST_PASSWORD }),
    });
    const cookie = response.headers
      .getSetCookie()
      .find((value) => value.startsWith('__Host-minimus.session='));
    expect(cookie).toMatch(/Secure/);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('throttles an account after five failures, across instances, even with the right password', async () => {
    const target = await buildClinic(test);
    for (let attempt = 0; attempt < 5; attempt += 1)
      await signInWith(target.therapist.email, 'wrong password 1');
    const other = await appOn(test.testDatabase.database);
    const blocked = await other.request('/api/auth/sign-in/email', {
      body: { email: target.therapist.email, password: TEST_PASSWORD },
    });
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { code: string }).code).toBe('rate_limited');
    const rows = await test.deps.db
      .select()
      .from(signInAttempt)
      .where(eq(signInAttempt.email, target.therapist.email));
    expect(rows).toHaveLength(5);
  });

  it('ends the session on the server at sign-out', async () => {
    const cookie = await signIn(test, clinic.admin.email);
    expect((await test.request('/api/v1/me', { cookie })).status).toBe(200);
    const out = await test.request('/api/auth/sign-out', { method: 'POST', cookie, body: {} });
    expect(out.status).toBe(200);
    expect((await test.request('/api/v1/me', { cookie })).status).toBe(401);
  });

  it.each([
    { role: 'staff', age: { createdHoursAgo: 13, expiresInMinutes: 20 }, allowed: false },
    { role: 'staff', age: { createdHoursAgo: 1, expiresInMinutes: -1 }, allowed: false },
    { role: 'staff', age: { createdHoursAgo: 11, expiresInMinutes: 20 }, allowed: true },
    { role: 'patient', age: { createdHoursAgo: 13 * 24, expiresInMinutes: 60 }, allowed: true },
  ])(
    'lets a $role session created $age.createdHoursAgo h ago through: $allowed',
    async ({ role, age, allowed }) => {
      const cookie =
        role === 'staff'
          ? await signIn(test, clinic.therapist.email)
          : (await buildPatient(test, clinic)).cookie;
      const token = decodeURIComponent(cookie.split('=')[1] ?? '').split('.')[0] ?? '';
      await test.deps.db
        .update(session)
        .set({
          createdAt: new Date(Date.now() - age.createdHoursAgo * HOUR_MS),
          expiresAt: new Date(Date.now() + age.expiresInMinutes * 60_000),
        })
        .where(eq(session.token, token));
      const response = await test.request('/api/v1/me', { cookie });
      expect(response.status).toBe(allowed ? 200 : 401);
      const left = await test.deps.db.select().from(session).where(eq(session.token, token));
      expect(left).toHaveLength(allowed ? 1 : 0);
    },
  );

  it('gives a staff session 30 minutes and a patient session 30 days', async () => {
    const staff = await signIn(test, clinic.admin.email);
    const patient = await buildPatient(test, clinic);
    const expiry = async (cookie: string) => {
      const token = decodeURIComponent(cookie.split('=')[1] ?? '').split('.')[0] ?? '';
      const [row] = await test.deps.db.select().from(session).where(eq(session.token, token));
      return (row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0);
    };
    expect(Math.round((await expiry(staff)) / 60_000)).toBe(30);
    expect(Math.round((await expiry(patient.cookie)) / (24 * HOUR_MS))).toBe(30);
  });

  it('uses an invitation once, stores only its hash, and signs the patient in', async () => {
    const created = await buildPatient(test, clinic);
    const issued = await test.request(`/api/v1/patients/${created.id}/invitations`, {
      method: 'POST',
      cookie: clinic.therapist.cookie,
    });
    const { url, qrSvg } = (await issued.json()) as { url: string; qrSvg: string };
    expect(qrSvg).toMatch(/^<svg/);
    const token = url.split('/').at(-1) ?? '';
    const stored = await test.deps.db.select({ tokenHash: invitation.tokenHash }).from(invitation);
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);
    expect(
      ((await (await test.request(`/api/v1/invitations/${token}`)).json()) as { valid: boolean }).valid,
    ).toBe(true);
    const accepted = await test.request(`/api/v1/invitations/${token}/accept`, {
      body: { password: 'a new password 2', locale: 'es' },
    });
    expect(accepted.status).toBe(200);
    const me = await test.request('/api/v1/me', { cookie: cookieFrom(accepted) });
    expect(await me.json()).toMatchObject({ patientId: created.id, locale: 'es', user: { role: 'patient' } });
    const again = await test.request(`/api/v1/invitations/${token}/accept`, {
      body: { password: 'a third password 3' },
    });
    expect(again.status).toBe(410);
    expect(
      ((await (await test.request(`/api/v1/invitations/${token}`)).json()) as { valid: boolean }).valid,
    ).toBe(false);
  });

  it('refuses an expired invitation and keeps the password', async () => {
    const created = await buildPatient(test, clinic);
    const issued = await test.request(`/api/v1/patients/${created.id}/invitations`, {
      method: 'POST',
      cookie: clinic.therapist.cookie,
    });
    const token = ((await issued.json()) as { url: string }).url.split('/').at(-1) ?? '';
    await test.deps.db.update(invitation).set({ expiresAt: new Date(Date.now() - 1000) });
    const accepted = await test.request(`/api/v1/invitations/${token}/accept`, {
      body: { password: 'another password 4' },
    });
    expect(accepted.status).toBe(410);
    expect(
      (
        await test.request('/api/auth/sign-in/email', {
          body: { email: created.email, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(200);
  });

  it('ends a deactivated therapist’s sessions and refuses their sign-in like a wrong password', async () => {
    const team = await buildClinic(test);
    const response = await test.request(`/api/v1/therapists/${team.therapist.id}`, {
      method: 'PATCH',
      cookie: team.admin.cookie,
      body: { active: false },
    });
    expect(response.status).toBe(200);
    expect((await test.request('/api/v1/me', { cookie: team.therapist.cookie })).status).toBe(401);
    const listed = await test.request('/api/v1/therapists', { cookie: team.admin.cookie });
    expect(await listed.json()).toEqual([expect.objectContaining({ id: team.therapist.id, active: false })]);
    const refused = await signInWith(team.therapist.email, TEST_PASSWORD);
    const wrong = await signInWith(team.admin.email, 'wrong password 1');
    expect(refused.status).toBe(401);
    expect(await refused.text()).toBe(await wrong.text());
  });

  it('lets staff turn on a TOTP second factor', async () => {
    const team = await buildClinic(test);
    const enabled = await test.request('/api/auth/two-factor/enable', {
      cookie: team.therapist.cookie,
      body: { password: TEST_PASSWORD },
    });
    expect(enabled.status).toBe(200);
    expect(((await enabled.json()) as { totpURI: string }).totpURI).toMatch(/^otpauth:\/\/totp\//);
  });
});
