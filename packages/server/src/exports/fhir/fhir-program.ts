import type {
  CarePlan,
  Condition,
  Organization,
  Patient,
  Practitioner,
  Reference,
  Resource,
  ServiceRequest,
  Timing,
} from '@medplum/fhirtypes';
import {
  type DayPlan,
  doseInWords,
  type Locale,
  type PlannedExercise,
  PRINT_WORDING,
  plannedKey,
  resistanceWeekdays,
  sideInWords,
} from '@minimus/core';
import type { PatientRecord } from '../patient-record.js';
import { exerciseName } from '../text/exercise-text.js';
import { PATIENT_ID_SYSTEM } from './fhir-codes.js';
import { resourceUrn } from './fhir-ids.js';

/** The urns of the resources every other resource points at. */
export interface CoreReferences {
  patient: string;
  practitioner: string;
  organization: string;
  condition: string;
  carePlan: string;
}

export function coreReferences(patientId: string): CoreReferences {
  return {
    patient: resourceUrn(patientId, 'patient'),
    practitioner: resourceUrn(patientId, 'practitioner'),
    organization: resourceUrn(patientId, 'organization'),
    condition: resourceUrn(patientId, 'condition'),
    carePlan: resourceUrn(patientId, 'care-plan'),
  };
}

/** A reference to a resource of the same bundle by its urn, typed so FHIR consumers need not resolve it. */
export function reference<T extends Resource>(
  urn: string,
  type: T['resourceType'],
  display?: string,
): Reference<T> {
  return display === undefined ? { reference: urn, type } : { reference: urn, type, display };
}

export function patientResource(record: PatientRecord, refs: CoreReferences): Patient {
  return {
    resourceType: 'Patient',
    identifier: [{ system: PATIENT_ID_SYSTEM, value: record.patient.id }],
    name: [{ text: record.patient.name }],
    managingOrganization: reference(refs.organization, 'Organization', record.clinic.name),
  };
}

export function organizationResource(record: PatientRecord): Organization {
  return { resourceType: 'Organization', name: record.clinic.name };
}

export function practitionerResource(record: PatientRecord): Practitioner {
  return { resourceType: 'Practitioner', name: [{ text: record.therapist.name }] };
}

const CONDITION_TEXT = {
  'muscle-strain': { en: 'Gluteus minimus muscle strain', es: 'Distensión del glúteo menor' },
  tendinopathy: { en: 'Gluteal tendinopathy', es: 'Tendinopatía glútea' },
} as const;

const HIP = {
  left: { en: 'Left hip', es: 'Cadera izquierda' },
  right: { en: 'Right hip', es: 'Cadera derecha' },
  both: { en: 'Both hips', es: 'Ambas caderas' },
};

export function conditionResource(
  record: PatientRecord,
  plan: DayPlan,
  refs: CoreReferences,
  locale: Locale,
): Condition {
  return {
    resourceType: 'Condition',
    clinicalStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
          code: plan.status === 'discharged' ? 'resolved' : 'active',
        },
      ],
    },
    code: { text: CONDITION_TEXT[plan.condition][locale] },
    bodySite: [{ text: HIP[record.program.side][locale] }],
    subject: reference(refs.patient, 'Patient'),
    onsetDateTime: record.program.injuryDate,
    recorder: reference(refs.practitioner, 'Practitioner', record.therapist.name),
  };
}

const STATUS = {
  'awaiting-confirmation': 'draft',
  active: 'active',
  suspended: 'on-hold',
  discharged: 'completed',
} as const;
const FHIR_WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function timing(record: PatientRecord, exercise: PlannedExercise): Timing {
  if (exercise.frequency === 'daily') {
    return { repeat: { frequency: exercise.prescription.timesPerDay, period: 1, periodUnit: 'd' } };
  }
  const dayOfWeek = resistanceWeekdays(record)
    .map((weekday) => FHIR_WEEKDAYS[weekday - 1])
    .filter((day) => day !== undefined);
  return { repeat: { dayOfWeek, frequency: 1, period: 1, periodUnit: 'wk' } };
}

export function serviceRequestResource(
  record: PatientRecord,
  plan: DayPlan,
  exercise: PlannedExercise,
  refs: CoreReferences,
  locale: Locale,
): ServiceRequest {
  const name = exerciseName(record.protocol, exercise.exerciseId, locale);
  return {
    resourceType: 'ServiceRequest',
    identifier: [{ system: `urn:minimus:exercise:${record.protocol.id}`, value: exercise.exerciseId }],
    status: STATUS[plan.status],
    intent: 'order',
    category: [{ text: locale === 'es' ? 'Ejercicio terapéutico' : 'Therapeutic exercise' }],
    code: { text: name },
    subject: reference(refs.patient, 'Patient'),
    basedOn: [reference(refs.carePlan, 'CarePlan')],
    reasonReference: [reference(refs.condition, 'Condition')],
    requester: reference(refs.practitioner, 'Practitioner', record.therapist.name),
    occurrenceTiming: timing(record, exercise),
    bodySite: [{ text: HIP[exercise.side === 'both' ? record.program.side : exercise.side][locale] }],
    patientInstruction: `${doseInWords(exercise.prescription, locale, PRINT_WORDING)} (${sideInWords(exercise.side, locale)})`,
  };
}

/**
 * Every exercise of the plans of a week, so strength exercises appear even when asOf is a rest day; a
 * both-sides program's one-leg exercises once for each leg.
 */
export function exercisesOfWeek(plans: readonly DayPlan[]): PlannedExercise[] {
  const byId = new Map<string, PlannedExercise>();
  for (const plan of plans) for (const exercise of plan.exercises) byId.set(plannedKey(exercise), exercise);
  return [...byId.values()];
}

export function carePlanResource(
  record: PatientRecord,
  plan: DayPlan,
  requests: readonly string[],
  refs: CoreReferences,
  locale: Locale,
): CarePlan {
  const phase = record.protocol.phases.find((definition) => definition.phase === plan.phase);
  const phaseText = phase ? `${phase.name[locale]}: ${phase.description[locale]}` : `Phase ${plan.phase}`;
  return {
    resourceType: 'CarePlan',
    instantiatesUri: [`urn:minimus:protocol:${record.protocol.id}:${record.protocol.version}`],
    status: STATUS[plan.status],
    intent: 'plan',
    title: record.protocol.name[locale],
    description: phaseText,
    subject: reference(refs.patient, 'Patient'),
    period: { start: record.program.startDate },
    author: reference(refs.practitioner, 'Practitioner', record.therapist.name),
    addresses: [reference(refs.condition, 'Condition')],
    activity: requests.map((urn) => ({ reference: reference(urn, 'ServiceRequest') })),
  };
}
