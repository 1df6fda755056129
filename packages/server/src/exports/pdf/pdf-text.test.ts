import { describe, expect, it } from 'vitest';
import { pagesOf } from '../../../test/support/pdf-text.js';
import { calmRecord, redFlagRecord, setbackRecord } from '../../../test/support/test-records.js';
import { handoutData } from './handout-data.js';
import { handoutPdf } from './handout-pdf.js';
import { physicianSummaryData } from './physician-data.js';
import { physicianSummaryPdf } from './physician-pdf.js';

const createdAt = new Date('2026-04-02T08:00:00Z');

describe('the handout, as printed', () => {
  const record = calmRecord({ days: 40 });

  it.each([
    { locale: 'en', title: 'Your home exercise program', side: 'Right hip', week: 'This week' },
    { locale: 'es', title: 'Su programa de ejercicios en casa', side: 'Cadera derecha', week: 'Esta semana' },
  ] as const)('names the patient and gives every exercise with its dose ($locale)', async (row) => {
    const pages = await pagesOf(
      await handoutPdf({ record, from: '2026-04-02', locale: row.locale, createdAt }),
    );
    const text = pages.join(' ');
    const data = handoutData(record, '2026-04-02', row.locale);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain(row.title);
    expect(pages[0]).toContain(`${data.patientName} · ${row.side}`);
    expect(pages[0]).toContain(row.week);
    expect(data.exercises.length).toBeGreaterThan(0);
    for (const exercise of data.exercises) {
      expect(text, exercise.name).toContain(exercise.name);
      expect(text, `${exercise.name}: ${exercise.dose}`).toContain(exercise.dose);
    }
  });
});

describe('the physician summary, as printed', () => {
  it('has its key sections, in order, and the setbacks in the words for a physician', async () => {
    const record = setbackRecord(84);
    const pages = await pagesOf(
      await physicianSummaryPdf({ record, asOf: '2026-05-24', locale: 'en', createdAt }),
    );
    const text = pages.join(' ');
    // A flare that settled asks nothing of the physician (protocol 2.0), so there is no "why" notice.
    expect(text).not.toContain('Why you are receiving this');
    const sections = [
      'Summary for the physician',
      'Contact: Dr. Alba Ruiz, PT, alba.ruiz@clinic.example',
      'Condition: recorded by',
      'Current stage and doses',
      'Pain, last 4 weeks (0–10)',
      'Course of pain and program stages',
      'Setbacks',
      'Safety screen',
      'Adherence',
      'Outcome measures',
    ];
    // Each heading is looked for after the one before it, so a missing or misplaced section fails.
    let from = 0;
    for (const section of sections) {
      const found = text.indexOf(section, from);
      expect(found, `${section} after position ${from}`).toBeGreaterThanOrEqual(from);
      from = found + section.length;
    }
    const data = physicianSummaryData(record, '2026-05-24', 'en');
    expect(text).toContain(data.patientName);
    const first = data.setbacks[0];
    expect(first).toBeDefined();
    expect(text).toContain(`${first?.date}: ${first?.message}`);
    expect(text).not.toContain('No setback recorded.');
  });

  it('prints the red-flag question answered yes, in Spanish', async () => {
    const record = redFlagRecord();
    const pages = await pagesOf(
      await physicianSummaryPdf({ record, asOf: '2026-03-24', locale: 'es', createdAt }),
    );
    const text = pages.join(' ');
    const data = physicianSummaryData(record, '2026-03-24', 'es');
    expect(text).toContain('Resumen para el médico');
    expect(text).toContain('Cuestionario de seguridad');
    expect(text).toContain(`2026-03-20, Respondió sí: ${data.redFlagAnswers[0]?.questions[0]}`);
  });

  it('says there is nothing to flag for a patient whose pain settled', async () => {
    const record = calmRecord({ days: 30 });
    const pages = await pagesOf(
      await physicianSummaryPdf({ record, asOf: '2026-03-21', locale: 'en', createdAt }),
    );
    const text = pages.join(' ');
    expect(text).toContain('No setback recorded.');
    expect(text).toContain('No red-flag screen recorded yet.');
    expect(text).not.toContain('Why you are receiving this');
  });
});
