import { figureFrame, figureMoments, figureStage, type Locale } from '@minimus/core';
import { framesBounds } from './figure-bounds.js';
import { drawFigure } from './figure-drawing.js';
import type { HandoutExercise } from './handout-data.js';
import { COLOURS, CONTENT_WIDTH, ensureSpace, PAGE } from './pdf-document.js';

const WORDS = {
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
} as const;

const FIGURE = { width: 150, height: 100, gap: 16 } as const;

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

function titleBar(doc: PDFKit.PDFDocument, exercise: HandoutExercise, index: number, top: number): void {
  doc.rect(PAGE.margin, top, CONTENT_WIDTH, 22).fill(COLOURS.panel);
  doc.font('bold').fontSize(11.5).fillColor(COLOURS.ink);
  doc.text(`${index + 1}. ${exercise.name}`, PAGE.margin + 6, top + 5, {
    width: CONTENT_WIDTH - 130,
    height: 16,
    ellipsis: true,
  });
  doc.font('bold').fontSize(9.5).fillColor(COLOURS.accent);
  doc.text(exercise.sideWords, PAGE.margin, top + 6, { width: CONTENT_WIDTH - 6, align: 'right' });
}

/** The figure at the start and at the peak of the movement, one above the other. */
function figures(doc: PDFKit.PDFDocument, exercise: HandoutExercise, bodyTop: number, locale: Locale): void {
  const { start, end } = figureMoments(figureStage(exercise.figure));
  const frames = [start, end].map((moment) =>
    figureFrame(exercise.figure, moment, exercise.figureSide, { motionArrow: moment === end }),
  );
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
}

function instructions(
  doc: PDFKit.PDFDocument,
  exercise: HandoutExercise,
  bodyTop: number,
  locale: Locale,
): void {
  const textX = PAGE.margin + FIGURE.width + FIGURE.gap;
  const textWidth = CONTENT_WIDTH - FIGURE.width - FIGURE.gap;
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
}

/** Tips and mistakes side by side under the figures and the steps. */
function tipsAndMistakes(doc: PDFKit.PDFDocument, exercise: HandoutExercise, locale: Locale): void {
  const columnTop = doc.y;
  const columnWidth = (CONTENT_WIDTH - 16) / 2;
  bulletList(doc, WORDS.tips[locale], exercise.cues, PAGE.margin, columnWidth);
  const leftBottom = doc.y;
  doc.y = columnTop;
  bulletList(doc, WORDS.avoid[locale], exercise.mistakes, PAGE.margin + columnWidth + 16, columnWidth);
  doc.y = Math.max(leftBottom, doc.y) + 14;
  doc.x = PAGE.margin;
}

/** One exercise: title and side, the two figures, dose and steps, then tips and mistakes; kept on one page. */
export function drawExerciseCard(
  doc: PDFKit.PDFDocument,
  exercise: HandoutExercise,
  index: number,
  locale: Locale,
): void {
  const textWidth = CONTENT_WIDTH - FIGURE.width - FIGURE.gap;
  const figuresHeight = 2 * FIGURE.height + 30;
  const tipsHeight = 16 + 11 * Math.max(exercise.cues.length, exercise.mistakes.length) * 1.6;
  ensureSpace(doc, 30 + Math.max(figuresHeight, textColumnHeight(doc, exercise, textWidth)) + tipsHeight);
  const top = doc.y;
  titleBar(doc, exercise, index, top);
  figures(doc, exercise, top + 30, locale);
  instructions(doc, exercise, top + 30, locale);
  doc.y = Math.max(doc.y, top + 30 + figuresHeight) + 4;
  tipsAndMistakes(doc, exercise, locale);
}
