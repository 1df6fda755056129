import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagesOf } from '../../test/support/pdf-text.js';
import { buildClinic, type Clinic, openTestApp, type TestApp } from '../../test/support/test-app.js';
import type { TestDatabase } from '../../test/support/test-database.js';

describe("the physician summary in the patient's language", () => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;
  beforeAll(async () => {
    test = await openTestApp('pglite');
    clinic = await buildClinic(test);
  });
  afterAll(async () => test.testDatabase.dispose());

  it("is printed in the patient's language when the therapist asks, unless a language is asked for", async () => {
    const created = await test.request('/api/v1/patients', {
      cookie: clinic.therapist.cookie,
      body: {
        name: 'Lucía Spanish',
        email: 'lucia@es.example',
        injuryDate: '2026-01-05',
        side: 'left',
        timeZone: 'Europe/Madrid',
      },
    });
    const { id } = (await created.json()) as { id: string };
    const invitation = await test.request(`/api/v1/patients/${id}/invitations`, {
      cookie: clinic.therapist.cookie,
      body: { sendEmail: false },
    });
    const token = ((await invitation.json()) as { url: string }).url.split('/').at(-1) ?? '';
    const accepted = await test.request(`/api/v1/invitations/${token}/accept`, {
      body: { password: 'a long password for lucia', locale: 'es' },
    });
    expect(accepted.status).toBe(200);
    const text = async (query: string) => {
      const response = await test.request(`/api/v1/patients/${id}/exports/physician-summary.pdf${query}`, {
        cookie: clinic.therapist.cookie,
      });
      expect(response.status).toBe(200);
      return (await pagesOf(Buffer.from(await response.arrayBuffer()))).join(' ');
    };
    // The therapist reads English; the summary is the patient's to take to their doctor.
    expect(await text('')).toContain('Resumen para el médico');
    expect(await text('?locale=en')).toContain('Summary for the physician');
  });
});
