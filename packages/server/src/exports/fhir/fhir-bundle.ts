import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import { addDays, type IsoDate, type Locale, planDays } from '@minimus/core';
import { type PatientRecord, requireDate, requireMatchingProtocol } from '../patient-record.js';
import { communicationResources } from './fhir-communications.js';
import { resourceUrn } from './fhir-ids.js';
import {
  carePlanResource,
  conditionResource,
  coreReferences,
  exercisesOfWeek,
  organizationResource,
  patientResource,
  practitionerResource,
  serviceRequestResource,
} from './fhir-program.js';
import {
  checkInObservations,
  type Filed,
  psfsResponse,
  screenResponse,
  sessionObservations,
  strengthObservation,
} from './fhir-results.js';

export interface FhirBundleInput {
  record: PatientRecord;
  /** The program as it stands on this day; results recorded after it are left out. */
  asOf: IsoDate;
  locale: Locale;
  /** Written as the bundle's timestamp; passed in so the output is reproducible. */
  generatedAt: Date;
}

function programResources(input: FhirBundleInput): Filed<Resource>[] {
  const { record, asOf, locale } = input;
  const { protocol, program, history } = record;
  const refs = coreReferences(record.patient.id);
  const plans = planDays({ protocol, program, history }, asOf, addDays(asOf, 6));
  const [plan] = plans;
  if (!plan) throw new RangeError('no plan for the export day');
  const requests = exercisesOfWeek(plans).map((exercise) => ({
    // Each leg of a both-sides program is its own request; a one-sided program keeps its ids.
    urn: resourceUrn(
      record.patient.id,
      `service-request/${exercise.exerciseId}${program.side === 'both' && exercise.side !== 'both' ? `/${exercise.side}` : ''}`,
    ),
    resource: serviceRequestResource(record, plan, exercise, refs, locale),
  }));
  return [
    { urn: refs.patient, resource: patientResource(record, refs) },
    { urn: refs.organization, resource: organizationResource(record) },
    { urn: refs.practitioner, resource: practitionerResource(record) },
    { urn: refs.condition, resource: conditionResource(record, plan, refs, locale) },
    {
      urn: refs.carePlan,
      resource: carePlanResource(
        record,
        plan,
        requests.map((request) => request.urn),
        refs,
        locale,
      ),
    },
    ...requests,
  ];
}

function resultResources(input: FhirBundleInput): Filed<Resource>[] {
  const { record, asOf, locale } = input;
  const refs = coreReferences(record.patient.id);
  const { history } = record;
  const upTo = <T extends { date: IsoDate }>(entries: readonly T[]) =>
    entries.filter((entry) => entry.date <= asOf);
  return [
    ...upTo(history.checkIns).flatMap((checkIn) => checkInObservations(record, checkIn, refs, locale)),
    ...upTo(history.sessionLogs).flatMap((session) => sessionObservations(record, session, refs, locale)),
    ...upTo(history.strengthTests).map((test) => strengthObservation(record, test, refs, locale)),
    ...upTo(history.redFlagScreens).map((screen) => screenResponse(record, 'red-flag', screen, refs, locale)),
    ...upTo(history.fallsScreens).map((screen) => screenResponse(record, 'falls', screen, refs, locale)),
    ...upTo(history.maintenanceCheckIns).map((screen) =>
      screenResponse(record, 'maintenance-check-in', screen, refs, locale),
    ),
    ...upTo(history.tendinopathyScreens).map((screen) =>
      screenResponse(record, 'tendinopathy', screen, refs, locale),
    ),
    ...upTo(history.psfs).map((entry) => psfsResponse(record, entry, refs, locale)),
    ...communicationResources(record, refs),
  ];
}

/**
 * A FHIR R4 `collection` Bundle of one patient's program and results: Patient, the clinic and therapist,
 * the Condition, the CarePlan with a ServiceRequest per exercise, an Observation per pain score (LOINC
 * 72514-3) and per strength test, a QuestionnaireResponse per screen and PSFS entry, and a Communication
 * per message when the record carries them. Resource urns are
 * stable across exports of the same record.
 *
 * @example
 * const bundle = fhirBundle({ record, asOf: '2026-04-20', locale: 'en', generatedAt: new Date('2026-04-20T08:00:00Z') });
 * JSON.stringify(bundle);
 */
export function fhirBundle(input: FhirBundleInput): Bundle {
  requireMatchingProtocol(input.record);
  requireDate(input.asOf, 'asOf');
  const entry: BundleEntry[] = [...programResources(input), ...resultResources(input)].map((filed) => ({
    fullUrl: filed.urn,
    resource: filed.resource,
  }));
  return {
    resourceType: 'Bundle',
    language: input.locale,
    identifier: {
      system: 'urn:ietf:rfc:3986',
      value: resourceUrn(input.record.patient.id, `bundle/${input.asOf}`),
    },
    type: 'collection',
    timestamp: input.generatedAt.toISOString(),
    entry,
  };
}
