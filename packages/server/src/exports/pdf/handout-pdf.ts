import type { IsoDate, Locale } from '@minimus/core';
import type { PatientRecord } from '../patient-record.js';
import { drawExerciseCard } from './exercise-card.js';
import { type HandoutData, handoutData } from './handout-data.js';
import {
  COLOURS,
  CONTENT_WIDTH,
  createPdf,
  documentHeader,
  footers,
  heading,
  PAGE,
  PAGE_LABEL,
  pdfBytes,
} from './pdf-document.js';
import { drawScheduleGrid } from './schedule-grid.js';
import { drawTrafficLight } from './traffic-light.js';

const WORDS = {
  title: { en: 'Your home exercise program', es: 'Su programa de ejercicios en casa' },
  hip: {
    en: { left: 'Left hip', right: 'Right hip', both: 'Both hips' },
    es: { left: 'Cadera izquierda', right: 'Cadera derecha', both: 'Ambas caderas' },
  },
  therapist: { en: 'Therapist', es: 'Fisioterapeuta' },
  week: { en: 'Week from', es: 'Semana desde' },
  stage: { en: 'Stage', es: 'Fase' },
  schedule: { en: 'This week', es: 'Esta semana' },
  exercises: { en: 'Your exercises', es: 'Sus ejercicios' },
  none: {
    en: 'No exercises this week: follow the rest and walking advice from your therapist.',
    es: 'Esta semana no hay ejercicios: siga los consejos de reposo y paseo de su fisioterapeuta.',
  },
} as const;

function header(doc: PDFKit.PDFDocument, data: HandoutData): void {
  const { locale } = data;
  documentHeader(doc, {
    title: WORDS.title[locale],
    name: `${data.patientName}  ·  ${WORDS.hip[locale][data.injuredSide]}`,
    details: [
      `${data.clinicName}  ·  ${WORDS.therapist[locale]}: ${data.therapistName}  ·  ${WORDS.week[locale]} ${data.date}`,
      `${WORDS.stage[locale]}: ${data.phaseName}. ${data.phaseDescription}`,
    ],
  });
}

/**
 * The printable home-exercise handout: the week's exercises with their figure at the start and at the
 * peak of the movement, dose and side in words, the weekly grid and the pain traffic light. Returns PDF
 * bytes; the same record, day and `createdAt` always give the same bytes.
 *
 * @example
 * const pdf = await handoutPdf({ record, from: '2026-03-23', locale: 'es', createdAt: new Date('2026-03-23T08:00:00Z') });
 */
export async function handoutPdf(input: {
  record: PatientRecord;
  from: IsoDate;
  locale: Locale;
  createdAt: Date;
}): Promise<Buffer> {
  const data = handoutData(input.record, input.from, input.locale);
  const { locale } = data;
  const doc = createPdf({
    title: `${WORDS.title[locale]} – ${data.patientName}`,
    author: `${data.therapistName}, ${data.clinicName}`,
    subject: WORDS.exercises[locale],
    locale,
    createdAt: input.createdAt,
  });
  header(doc, data);
  drawTrafficLight(doc, input.record.protocol, locale);
  heading(doc, WORDS.schedule[locale]);
  if (data.exercises.length === 0) doc.text(WORDS.none[locale]);
  else drawScheduleGrid(doc, data.schedule, locale);
  if (data.exercises.length > 0) heading(doc, WORDS.exercises[locale]);
  data.exercises.forEach((exercise, index) => {
    drawExerciseCard(doc, exercise, index, locale);
  });
  for (const topic of data.education) {
    heading(doc, topic.title, 12);
    for (const paragraph of topic.paragraphs) {
      doc.font('body').fontSize(9.5).fillColor(COLOURS.ink);
      doc.text(paragraph, PAGE.margin, doc.y, { width: CONTENT_WIDTH, paragraphGap: 4 });
    }
  }
  footers(doc, `${data.patientName} · ${data.clinicName}`, PAGE_LABEL[locale]);
  return pdfBytes(doc);
}
