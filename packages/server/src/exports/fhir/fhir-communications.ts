import type { Communication, CommunicationPayload, Organization, Patient } from '@medplum/fhirtypes';
import type { ExportedMessage, PatientRecord } from '../patient-record.js';
import { resourceUrn } from './fhir-ids.js';
import { type CoreReferences, reference } from './fhir-program.js';
import type { Filed } from './fhir-results.js';

function payloadOf(message: ExportedMessage): CommunicationPayload[] {
  return [
    ...(message.text ? [{ contentString: message.text }] : []),
    ...(message.photo
      ? [
          {
            contentAttachment: {
              contentType: 'image/jpeg',
              data: Buffer.from(message.photo).toString('base64'),
              size: message.photo.length,
              title: 'photo.jpg',
            },
          },
        ]
      : []),
  ];
}

/**
 * One Communication per message of the patient's thread: from the patient to the clinic, or from a
 * therapist (named, who may not be the patient's own) to the patient; `received` is when it was read.
 */
export function communicationResources(record: PatientRecord, refs: CoreReferences): Filed<Communication>[] {
  return (record.messages ?? []).map((message) => {
    const patient = reference<Patient>(refs.patient, 'Patient', record.patient.name);
    const fromPatient = message.author === 'patient';
    const resource: Communication = {
      resourceType: 'Communication',
      status: 'completed',
      subject: patient,
      sent: message.sentAt.toISOString(),
      ...(message.readAt ? { received: message.readAt.toISOString() } : {}),
      sender: fromPatient ? patient : { display: message.authorName },
      recipient: fromPatient
        ? [reference<Organization>(refs.organization, 'Organization', record.clinic.name)]
        : [patient],
      payload: payloadOf(message),
    };
    return { urn: resourceUrn(record.patient.id, `communication/${message.id}`), resource };
  });
}
