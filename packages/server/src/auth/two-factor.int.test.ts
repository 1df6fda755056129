import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  cookieFrom,
  openTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../../test/support/test-app.js';
import type { TestDatabase } from '../../test/support/test-database.js';
import { totpCode } from '../../test/support/totp.js';

interface Enrolment {
  totpUri: string;
  secret: string;
  qrSvg: string;
  backupCodes: string[];
}

describe('staff TOTP: enrolment shown as a QR code and text, then asked for at sign-in', () => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;

  beforeAll(async () => {
    test = await openTestApp('pglite');
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  const status = async (cookie: string) =>
    ((await (await test.request('/api/v1/me/two-factor', { cookie })).json()) as { enabled: boolean })
      .enabled;

  it('refuses a wrong password, naming the field, and patients', async () => {
    const wrong = await test.request('/api/v1/me/two-factor', {
      cookie: clinic.admin.cookie,
      body: { password: 'not the password' },
    });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { errors: unknown[] }).errors).toEqual([
      { path: 'password', message: 'wrong password' },
    ]);
    const patient = await buildPatient(test, clinic);
    const refused = await test.request('/api/v1/me/two-factor', {
      cookie: patient.cookie,
      body: { password: TEST_PASSWORD },
    });
    expect(refused.status).toBe(403);
    expect(await status(clinic.admin.cookie)).toBe(false);
  });

  it('turns on only once a code is confirmed, then asks for a code at sign-in', async () => {
    const { therapist } = clinic;
    const started = await test.request('/api/v1/me/two-factor', {
      cookie: therapist.cookie,
      body: { password: TEST_PASSWORD },
    });
    const enrolment = (await started.json()) as Enrolment;
    expect(enrolment.totpUri).toMatch(/^otpauth:\/\/totp\/Minimus:/);
    expect(enrolment.totpUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.qrSvg).toMatch(/^<svg/);
    expect(await status(therapist.cookie)).toBe(false);

    const confirmed = await test.request('/api/auth/two-factor/verify-totp', {
      cookie: therapist.cookie,
      body: { code: totpCode(enrolment.secret, new Date()) },
    });
    expect(confirmed.status).toBe(200);
    const cookie = cookieFrom(confirmed) || therapist.cookie;
    expect(await status(cookie)).toBe(true);

    const first = await test.request('/api/auth/sign-in/email', {
      body: { email: therapist.email, password: TEST_PASSWORD },
    });
    expect(await first.json()).toMatchObject({ twoFactorRedirect: true });
    const pending = cookieFrom(first);
    expect((await test.request('/api/v1/me', { cookie: pending })).status).toBe(401);
    const wrongCode = await test.request('/api/auth/two-factor/verify-totp', {
      cookie: pending,
      body: { code: '000000' === totpCode(enrolment.secret, new Date()) ? '111111' : '000000' },
    });
    expect(wrongCode.status).toBe(401);
    const signedIn = await test.request('/api/auth/two-factor/verify-totp', {
      cookie: pending,
      body: { code: totpCode(enrolment.secret, new Date()) },
    });
    expect(signedIn.status).toBe(200);
    const me = await test.request('/api/v1/me', { cookie: cookieFrom(signedIn) });
    expect(((await me.json()) as { user: { id: string } }).user.id).toBe(therapist.id);
  });

  it('stops taking codes after five wrong ones from one address', async () => {
    const team = await buildClinic(test);
    const started = await test.request('/api/v1/me/two-factor', {
      cookie: team.admin.cookie,
      body: { password: TEST_PASSWORD },
    });
    const { secret } = (await started.json()) as Enrolment;
    const right = () => totpCode(secret, new Date());
    const wrong = () => (right() === '000000' ? '111111' : '000000');
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const response = await test.request('/api/auth/two-factor/verify-totp', {
        cookie: team.admin.cookie,
        body: { code: attempt < 5 ? wrong() : right() },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await status(team.admin.cookie)).toBe(false);
    await test.deps.db.execute(sql`delete from sign_in_attempt where email like 'two-factor:%'`);
  });
});
