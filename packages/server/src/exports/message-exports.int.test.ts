import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_JPEG_BASE64 } from '../../test/support/jpeg.js';
import { pagesOf } from '../../test/support/pdf-text.js';
import {
  buildClinic,
  buildPatient,
  type Clinic,
  openTestApp,
  type TestApp,
} from '../../test/support/test-app.js';
import { type TestDatabase, testDatabaseKinds } from '../../test/support/test-database.js';

interface FhirBundle {
  entry: { resource: { resourceType: string; payload?: { contentString?: string }[] } }[];
}

describe.each(testDatabaseKinds())('messages in the exports on %s', (kind) => {
  let test: TestApp & { testDatabase: TestDatabase };
  let clinic: Clinic;
  let patient: Awaited<ReturnType<typeof buildPatient>>;
  const ids: string[] = [];
  const TEXTS = [
    'Swelling over the outside of the hip since Sunday',
    'Please keep a note of it for two days',
  ];

  beforeAll(async () => {
    test = await openTestApp(kind);
    clinic = await buildClinic(test);
    patient = await buildPatient(test, clinic);
    const sends = [
      { cookie: patient.cookie, body: { text: TEXTS[0], photo: TINY_JPEG_BASE64 } },
      { cookie: clinic.therapist.cookie, body: { text: TEXTS[1] } },
    ];
    for (const { cookie, body } of sends) {
      const response = await test.request(`/api/v1/patients/${patient.id}/messages`, {
        cookie,
        body: { clientId: randomUUID(), ...body },
      });
      ids.push(((await response.json()) as { id: string }).id);
    }
  }, 60_000);
  afterAll(async () => test.testDatabase.dispose());

  const fhir = async (cookie: string) => {
    const response = await test.request(`/api/v1/patients/${patient.id}/exports/fhir`, { cookie });
    expect(response.status).toBe(200);
    const bundle = (await response.json()) as FhirBundle;
    return bundle.entry
      .map((entry) => entry.resource)
      .filter((resource) => resource.resourceType === 'Communication');
  };
  const summary = async (cookie: string, query: string) => {
    const response = await test.request(
      `/api/v1/patients/${patient.id}/exports/physician-summary.pdf${query}`,
      {
        cookie,
      },
    );
    return {
      status: response.status,
      text: response.ok ? (await pagesOf(Buffer.from(await response.arrayBuffer()))).join(' ') : '',
    };
  };

  it('puts the thread in the FHIR bundle for the people of the conversation, not for the admin', async () => {
    const forTherapist = await fhir(clinic.therapist.cookie);
    expect(forTherapist.map((resource) => resource.payload?.[0]?.contentString)).toEqual(TEXTS);
    expect(await fhir(patient.cookie)).toHaveLength(2);
    expect(await fhir(clinic.admin.cookie)).toEqual([]);
  });

  it('puts in the physician summary only the messages the therapist ticked', async () => {
    const none = await summary(clinic.therapist.cookie, '?locale=en');
    expect(none.text).not.toContain('Messages the therapist chose to include');
    expect(none.text).not.toContain(TEXTS[0]);
    const ticked = await summary(clinic.therapist.cookie, `?locale=en&messages=${ids[0]}`);
    expect(ticked.text).toContain('Messages the therapist chose to include');
    expect(ticked.text).toContain(TEXTS[0]);
    expect(ticked.text).not.toContain(TEXTS[1]);
  });

  it('refuses ticked messages from anyone but a therapist', async () => {
    expect((await summary(patient.cookie, `?messages=${ids[0]}`)).status).toBe(400);
    expect((await summary(clinic.admin.cookie, `?messages=${ids[0]}`)).status).toBe(400);
  });
});
