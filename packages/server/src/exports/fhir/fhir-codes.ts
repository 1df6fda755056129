import type { CodeableConcept, Coding } from '@medplum/fhirtypes';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';

/** LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] - Reported" (https://loinc.org/72514-3). */
export const PAIN_SEVERITY_0_10: Coding = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};

/**
 * SNOMED CT laterality qualifiers, as in HL7's bodysite-laterality value set
 * (http://hl7.org/fhir/ValueSet/bodysite-laterality): 7771000 Left, 24028007 Right.
 */
export const LATERALITY: Readonly<Record<'left' | 'right', Coding>> = {
  left: { system: SNOMED, code: '7771000', display: 'Left' },
  right: { system: SNOMED, code: '24028007', display: 'Right' },
};

export const SURVEY_CATEGORY: CodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
      display: 'Survey',
    },
  ],
};

export const EXAM_CATEGORY: CodeableConcept = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'exam',
      display: 'Exam',
    },
  ],
};

/** Identifier namespace for the patient id; an operator who has an official one can map it on import. */
export const PATIENT_ID_SYSTEM = 'urn:minimus:patient-id';
