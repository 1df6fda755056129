import { isoWeekday } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import { calmRecord, protocol, redFlagRecord, setbackRecord } from '../../../test/support/test-records.js';
import { handoutData } from './handout-data.js';
import { handoutPdf } from './handout-pdf.js';
import { physicianSummaryData } from './physician-data.js';
import { physicianSummaryPdf } from './physician-pdf.js';

const strengthRecord = calmRecord({ days: 40 });
const setback = setbackRecord(84);

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
}

describe('handoutData', () => {
  // 2026-04-02 is a Thursday, not a strength day: the week still lists the strength exercise.
  const data = handoutData(strengthRecord, '2026-04-02', 'es');

  it('lists the strength exercise of the week and marks it on the strength days only', () => {
    const row = data.schedule.rows.find(
      (candidate) => candidate.name === data.exercises.find((e) => e.strengthDaysOnly)?.name,
    );
    expect(row).toBeDefined();
    data.schedule.days.forEach((day, index) => {
      expect((row?.sessionsPerDay[index] ?? 0) > 0).toBe([1, 3, 5].includes(isoWeekday(day.date)));
    });
  });

  it('ends with what to do when something serious happens', () => {
    expect(data.education.at(-1)?.id).toBe('when-to-stop');
    expect(data.education.at(-1)?.paragraphs.join(' ')).toMatch(/urgencias/);
  });

  it('puts load management first for a tendinopathy', () => {
    const tendinopathy = handoutData(calmRecord({ condition: 'tendinopathy', days: 10 }), '2026-03-02', 'en');
    expect(tendinopathy.education.map((topic) => topic.id)).toContain('load-management');
  });

  it('fills in the side everywhere and writes the dose in words', () => {
    const texts = data.exercises.flatMap((exercise) => [
      exercise.name,
      exercise.purpose,
      exercise.startPosition,
      ...exercise.steps,
      ...exercise.cues,
      ...exercise.mistakes,
    ]);
    expect(texts.filter((text) => text.includes('{'))).toEqual([]);
    expect(data.exercises.every((exercise) => /serie|repetici/.test(exercise.dose))).toBe(true);
    expect(data.exercises.some((exercise) => exercise.startPosition.includes('derecho'))).toBe(true);
  });
});

describe('physicianSummaryData', () => {
  it('reports the setbacks and the drop in stage, and asks nothing of the physician once the flare settled', () => {
    const data = physicianSummaryData(setback, '2026-05-24', 'en');
    expect(data.side).toBe('left');
    expect(data.setbacks.map((alert) => alert.kind)).toContain('significant-setback');
    expect(data.physicianMessages).toEqual([]);
    const phases = data.timeline.map((band) => band.phase);
    expect(phases.some((phase, index) => index > 0 && phase < (phases[index - 1] ?? 0))).toBe(true);
    expect(data.summary.psfs?.change).toBeGreaterThan(0);
  });

  it('holds the contents CLINICAL 6 lists: who recorded the condition, doses, 4 weeks of pain, contact', () => {
    const data = physicianSummaryData(setback, '2026-05-24', 'es');
    expect(data.conditionSource).toMatch(/^registrada por /);
    expect(data.doses.length).toBeGreaterThan(0);
    expect(data.recentPain).toHaveLength(28);
    expect(data.recentPain.at(-1)?.date).toBe('2026-05-24');
    expect(data.recentPain.some((entry) => entry.worstPain24h !== null)).toBe(true);
    expect(data.therapistEmail).toBe('alba.ruiz@clinic.example');
  });

  it('words a plain setback clinically, never as the message to the patient', () => {
    const data = physicianSummaryData(setback, '2026-05-24', 'en');
    const plain = data.setbacks.filter((alert) => alert.kind === 'setback');
    expect(plain.length).toBeGreaterThan(0);
    for (const alert of plain)
      expect(alert.message).toMatch(/^Setback: morning pain \d+\/10 after the session of/);
  });

  it('shows a red flag answered yes with its question, and the program as suspended', () => {
    const data = physicianSummaryData(redFlagRecord(), '2026-03-24', 'es');
    const item = protocol.screens.redFlag.items.find((candidate) => candidate.tier === 'urgent');
    expect(data.status).toBe('suspended');
    expect(data.redFlagAnswers).toEqual([
      { date: '2026-03-20', questions: [`(${item?.code}) ${item?.question.es}`] },
    ]);
    expect(data.redFlagAlerts).toHaveLength(1);
    expect(data.timeline.at(-1)?.status).toBe('suspended');
  });

  it('writes out the falls screen with its points and the statements answered yes', () => {
    const record = redFlagRecord();
    const fallen = {
      ...record,
      history: {
        ...record.history,
        fallsScreens: [
          { id: 'f', date: '2026-03-03', answers: { 'fallen-past-year': true, 'cane-or-walker': true } },
        ],
      },
    };
    const data = physicianSummaryData(fallen, '2026-03-24', 'en');
    expect(data.fallsScreens).toEqual([
      '2026-03-03: 4 points, higher falls risk (4 or more; STEADI, Rubenstein et al. 2011). Yes: I have fallen in the past year. · I use or have been advised to use a cane or walker to get around safely.',
    ]);
  });

  it('has nothing to flag for a patient whose pain settled', () => {
    const data = physicianSummaryData(calmRecord({ days: 30 }), '2026-03-21', 'es');
    expect(data.setbacks).toEqual([]);
    expect(data.redFlagAlerts).toEqual([]);
    expect(data.physicianMessages).toEqual([]);
  });
});

describe('PDF documents', () => {
  const createdAt = new Date('2026-04-02T08:00:00Z');

  it.each(['en', 'es'] as const)(
    'prints the %s handout on several pages with the embedded font',
    async (locale) => {
      const pdf = await handoutPdf({ record: strengthRecord, from: '2026-04-02', locale, createdAt });
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSansCondensed-Bold/);
      expect(text).not.toContain('/Helvetica');
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    },
  );

  it('writes the same bytes for the same input and others for another creation date', async () => {
    const input = { record: setback, asOf: '2026-05-24', locale: 'en' as const, createdAt };
    const first = await physicianSummaryPdf(input);
    expect((await physicianSummaryPdf(input)).equals(first)).toBe(true);
    const later = await physicianSummaryPdf({ ...input, createdAt: new Date('2026-05-25T08:00:00Z') });
    expect(later.equals(first)).toBe(false);
    expect(first.toString('latin1')).toContain('(D:20260402080000Z)');
  });

  it('refuses a handout for a day that is not a date', async () => {
    await expect(
      handoutPdf({ record: strengthRecord, from: '02/04/2026', locale: 'en', createdAt }),
    ).rejects.toMatchObject({
      code: 'export.invalid-date',
    });
  });
});
