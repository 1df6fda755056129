import { figureFrame, figurePeakSeconds, type IsoDate, type Locale } from '@minimus/core';
import type { PatientRecord } from '../patient-record.js';
import { framesBounds } from './figure-bounds.js';
import { drawFigure } from './figure-drawing.js';
import { type HandoutData, type HandoutExercise, handoutData } from './handout-data.js';
import {
  COLOURS,
  CONTENT_WIDTH,
  createPdf,
  ensureSpace,
  footers,
  heading,
  PAGE,
  pdfBytes,
} from './pdf-document.js';
import { drawScheduleGrid } from './schedule-grid.js';
import { drawTrafficLight } from './traffic-light.js';

const WORDS = {
  title: { en: 'Your home exercise program', es: 'Su programa de ejercicios en casa' },
  hip: {
    en: { left: 'Left hip', right: 'Right hip' },
    es: { left: 'Cadera izquierda', right: 'Cadera derecha' },
  },
  therapist: { en: 'Therapist', es: 'Fisioterapeuta' },
  week: { en: 'Week from', es: 'Semana desde' },
  stage: { en: 'Stage', es: 'Fase' },
  schedule: { en: 'This week', es: 'Esta semana' },
  exercises: { en: 'Your exercises', es: 'Sus ejercicios' },
  start: { en: 'Start', es: 'Inicio' },
  peak: {
    flexibility: { en: 'Stretch', es: 'Estiramiento' },
    isometric: { en: 'Press and hold', es: 'Empuje y mantenga' },
    'dynamic-resistance': { en: 'Movement', es: 'Movimiento' },
    functional: { en: 'Movement', es: 'Movimiento' },
  },
  strengthDays: { en: 'Strength days only (see the grid).', es: 'Solo los días de fuerza (vea la tabla).' },
  position: { en: 'Starting position', es: 'Posición inicial' },
  tips: { en: 'Tips', es: 'Consejos' },
  avoid: { en: 'Avoid', es: 'Evite' },
  none: {
    en: 'No exercises this week: follow the rest and walking advice from your therapist.',
    es: 'Esta semana no hay ejercicios: siga los consejos de reposo y paseo de su fisioterapeuta.',
  },
  page: {
    en: (page: number, total: number) => `Page ${page} of ${total}`,
    es: (page: number, total: number) => `Página ${page} de ${total}`,
  },
} as const;

const FIGURE = { width: 150, height: 100, gap: 16 } as const;

function header(doc: PDFKit.PDFDocument, data: HandoutData): void {
  const { locale } = data;
  doc.font('bold').fontSize(20).fillColor(COLOURS.accent).text(WORDS.title[locale], PAGE.margin, PAGE.margin);
  doc
    .font('bold')
    .fontSize(12)
    .fillColor(COLOURS.ink)
    .text(`${data.patientName}  ·  ${WORDS.hip[locale][data.injuredSide]}`);
  doc.font('body').fontSize(9.5).fillColor(COLOURS.muted);
  doc.text(
    `${data.clinicName}  ·  ${WORDS.therapist[locale]}: ${data.therapistName}  ·  ${WORDS.week[locale]} ${data.date}`,
  );
  doc.text(`${WORDS.stage[locale]}: ${data.phaseName}. ${data.phaseDescription}`, { width: CONTENT_WIDTH });
  doc
    .moveTo(PAGE.margin, doc.y + 6)
    .lineTo(PAGE.margin + CONTENT_WIDTH, doc.y + 6)
    .lineWidth(0.8)
    .stroke(COLOURS.rule);
  doc.fillColor(COLOURS.ink).moveDown(1);
}

/** A numbered or bulleted line whose wrapped lines align with the text, not the marker. */
function hangingItem(doc: PDFKit.PDFDocument, marker: string, text: string, x: number, width: number): void {
  const indent = 12;
  const y = doc.y;
  doc.text(marker, x, y, { width: indent, lineBreak: false });
  doc.text(text, x + indent, y, { width: width - indent, paragraphGap: 1.5 });
}

function bulletList(
  doc: PDFKit.PDFDocument,
  title: string,
  items: readonly string[],
  x: number,
  width: number,
): void {
  doc.font('bold').fontSize(9).fillColor(COLOURS.ink).text(title, x, doc.y, { width });
  doc.font('body').fontSize(8.5);
  for (const item of items) hangingItem(doc, '•', item, x, width);
}

function textColumnHeight(doc: PDFKit.PDFDocument, exercise: HandoutExercise, width: number): number {
  doc.font('body').fontSize(9);
  const steps = exercise.steps.map((step, index) => `${index + 1}. ${step}`).join('\n');
  return doc.heightOfString(`${exercise.dose}\n${exercise.startPosition}\n${steps}`, { width }) + 40;
}

function exerciseCard(
  doc: PDFKit.PDFDocument,
  exercise: HandoutExercise,
  index: number,
  locale: Locale,
): void {
  const textX = PAGE.margin + FIGURE.width + FIGURE.gap;
  const textWidth = CONTENT_WIDTH - FIGURE.width - FIGURE.gap;
  const figuresHeight = 2 * FIGURE.height + 30;
  const tipsHeight = 16 + 11 * Math.max(exercise.cues.length, exercise.mistakes.length) * 1.6;
  ensureSpace(doc, 30 + Math.max(figuresHeight, textColumnHeight(doc, exercise, textWidth)) + tipsHeight);
  const top = doc.y;
  doc.rect(PAGE.margin, top, CONTENT_WIDTH, 22).fill(COLOURS.panel);
  doc.font('bold').fontSize(11.5).fillColor(COLOURS.ink);
  doc.text(`${index + 1}. ${exercise.name}`, PAGE.margin + 6, top + 5, {
    width: CONTENT_WIDTH - 130,
    height: 16,
    ellipsis: true,
  });
  doc.font('bold').fontSize(9.5).fillColor(COLOURS.accent);
  doc.text(exercise.sideWords, PAGE.margin, top + 6, { width: CONTENT_WIDTH - 6, align: 'right' });
  const bodyTop = top + 30;
  const moments = [0, figurePeakSeconds(exercise.figure)];
  const frames = moments.map((seconds) => figureFrame(exercise.figure, seconds, exercise.figureSide));
  const view = framesBounds(frames);
  const labels = [WORDS.start[locale], WORDS.peak[exercise.category][locale]];
  frames.forEach((frame, row) => {
    const y = bodyTop + row * (FIGURE.height + 15);
    drawFigure(doc, frame, view, { x: PAGE.margin, y, width: FIGURE.width, height: FIGURE.height });
    doc.font('body').fontSize(7.5).fillColor(COLOURS.muted);
    doc.text(`${row + 1}  ${labels[row] ?? ''}`, PAGE.margin, y + FIGURE.height + 2, {
      width: FIGURE.width,
      align: 'center',
    });
  });
  doc
    .font('bold')
    .fontSize(10.5)
    .fillColor(COLOURS.accent)
    .text(exercise.dose, textX, bodyTop, { width: textWidth });
  if (exercise.strengthDaysOnly)
    doc
      .font('body')
      .fontSize(9)
      .fillColor(COLOURS.muted)
      .text(WORDS.strengthDays[locale], { width: textWidth });
  doc
    .moveDown(0.4)
    .font('bold')
    .fontSize(9)
    .fillColor(COLOURS.ink)
    .text(WORDS.position[locale], { width: textWidth });
  doc.font('body').text(exercise.startPosition, { width: textWidth });
  doc.moveDown(0.4);
  exercise.steps.forEach((step, stepIndex) => {
    hangingItem(doc, `${stepIndex + 1}.`, step, textX, textWidth);
  });
  doc.y = Math.max(doc.y, bodyTop + figuresHeight) + 4;
  const columnTop = doc.y;
  const columnWidth = (CONTENT_WIDTH - 16) / 2;
  bulletList(doc, WORDS.tips[locale], exercise.cues, PAGE.margin, columnWidth);
  const leftBottom = doc.y;
  doc.y = columnTop;
  bulletList(doc, WORDS.avoid[locale], exercise.mistakes, PAGE.margin + columnWidth + 16, columnWidth);
  doc.y = Math.max(leftBottom, doc.y) + 14;
  doc.x = PAGE.margin;
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
  heading(doc, WORDS.exercises[locale]);
  data.exercises.forEach((exercise, index) => {
    exerciseCard(doc, exercise, index, locale);
  });
  footers(doc, `${data.patientName} · ${data.clinicName}`, WORDS.page[locale]);
  return pdfBytes(doc);
}
