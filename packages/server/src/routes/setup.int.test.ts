import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cookieFrom, openTestApp, type TestApp } from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';

const FIRST = {
  clinicName: 'North Clinic',
  adminName: 'Ana Admin',
  email: 'ana@north.example',
  password: 'a long first password',
  locale: 'es',
};

describe.each(testDatabaseKinds())('first-run setup on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  beforeEach(async () => {
    test = await openTestApp(kind);
  });
  afterEach(async () => test.testDatabase.dispose());

  const status = async () => (await (await test.request('/api/v1/setup')).json()) as { needed: boolean };

  it('creates the clinic and its admin once, signed in, then answers 409 and stores nothing more', async () => {
    expect(await status()).toEqual({ needed: true });
    const created = await test.request('/api/v1/setup', { body: FIRST });
    expect(created.status).toBe(201);
    const me = await test.request('/api/v1/me', { cookie: cookieFrom(created) });
    expect(await me.json()).toMatchObject({
      user: { name: 'Ana Admin', email: 'ana@north.example', role: 'admin' },
      locale: 'es',
    });
    expect(await status()).toEqual({ needed: false });

    const again = await test.request('/api/v1/setup', {
      body: { ...FIRST, clinicName: 'Second Clinic', email: 'someone@else.example' },
    });
    expect(again.status).toBe(409);
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(await test.repos.accounts.clinicIds()).toHaveLength(1);
    expect(await test.repos.accounts.findUserByEmail('someone@else.example')).toBeNull();
  });

  it('makes one clinic when two browsers set up at once', async () => {
    const answers = await Promise.all(
      ['one', 'two'].map((name) =>
        test.request('/api/v1/setup', { body: { ...FIRST, clinicName: name, email: `${name}@x.example` } }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    expect(await test.repos.accounts.clinicIds()).toHaveLength(1);
  });

  it('refuses a short password or a missing clinic name with the field named, storing nothing', async () => {
    const short = await test.request('/api/v1/setup', { body: { ...FIRST, password: 'short' } });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('password');
    const unnamed = await test.request('/api/v1/setup', { body: { ...FIRST, clinicName: '  ' } });
    expect(unnamed.status).toBe(400);
    expect(await unnamed.text()).toContain('clinicName');
    expect(await status()).toEqual({ needed: true });
  });
});
