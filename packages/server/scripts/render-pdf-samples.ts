/**
 * Writes the handout and the physician summary of sample courses, in English and Spanish, to a folder and
 * renders every page to PNG with poppler's `pdftoppm -png -r 60`, for people to look at the layout.
 *
 * Run: npx tsx packages/server/scripts/render-pdf-samples.ts /tmp/minimus-pdf-samples
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '@minimus/core';
import { handoutPdf } from '../src/exports/pdf/handout-pdf.js';
import { physicianSummaryPdf } from '../src/exports/pdf/physician-pdf.js';
import { calmRecord, redFlagRecord, setbackRecord } from '../test/support/test-records.js';

const folder = process.argv[2] ?? 'pdf-samples';
mkdirSync(folder, { recursive: true });
const createdAt = new Date('2026-05-24T08:00:00Z');
const samples = [
  {
    name: 'handout-strength',
    make: (locale: 'en' | 'es') =>
      handoutPdf({ record: calmRecord({ days: 40 }), from: '2026-04-02', locale, createdAt }),
  },
  {
    name: 'handout-setback',
    make: (locale: 'en' | 'es') =>
      handoutPdf({ record: setbackRecord(30), from: '2026-04-01', locale, createdAt }),
  },
  {
    name: 'physician-setback',
    make: (locale: 'en' | 'es') =>
      physicianSummaryPdf({ record: setbackRecord(84), asOf: '2026-05-24', locale, createdAt }),
  },
  {
    name: 'physician-calm',
    make: (locale: 'en' | 'es') =>
      physicianSummaryPdf({ record: calmRecord({ days: 30 }), asOf: '2026-03-21', locale, createdAt }),
  },
  {
    name: 'physician-red-flag',
    make: (locale: 'en' | 'es') =>
      physicianSummaryPdf({ record: redFlagRecord(), asOf: '2026-03-24', locale, createdAt }),
  },
];
for (const sample of samples) {
  for (const locale of LOCALES) {
    const file = join(folder, `${sample.name}-${locale}.pdf`);
    writeFileSync(file, await sample.make(locale));
    execFileSync('pdftoppm', ['-png', '-r', '60', file, file.replace(/\.pdf$/, '')]);
    console.log(file);
  }
}
