import type { Locale } from '@minimus/core';
import type { HandoutData, ScheduleRow } from './handout-data.js';
import { COLOURS, CONTENT_WIDTH, ensureSpace, PAGE } from './pdf-document.js';

const WORDS = {
  exercise: { en: 'Exercise', es: 'Ejercicio' },
  legend: {
    en: '● once that day   2× twice that day (morning and evening)   blank: not that day',
    es: '● una vez ese día   2× dos veces ese día (mañana y tarde)   en blanco: ese día no',
  },
} as const;

const ROW_HEIGHT = 20;
const HEADER_HEIGHT = 26;

interface GridLayout {
  nameWidth: number;
  dayWidth: number;
}

function gridHeader(
  doc: PDFKit.PDFDocument,
  schedule: HandoutData['schedule'],
  top: number,
  layout: GridLayout,
  locale: Locale,
): void {
  doc.rect(PAGE.margin, top, CONTENT_WIDTH, HEADER_HEIGHT).fill(COLOURS.panel);
  doc.font('bold').fontSize(9).fillColor(COLOURS.ink);
  doc.text(WORDS.exercise[locale], PAGE.margin + 6, top + 8, {
    width: layout.nameWidth - 12,
    lineBreak: false,
  });
  schedule.days.forEach((day, index) => {
    const x = PAGE.margin + layout.nameWidth + index * layout.dayWidth;
    const options = { width: layout.dayWidth, align: 'center', lineBreak: false } as const;
    doc
      .font('bold')
      .fontSize(9)
      .fillColor(COLOURS.ink)
      .text(day.weekday, x, top + 3, options);
    doc
      .font('body')
      .fontSize(8)
      .fillColor(COLOURS.muted)
      .text(String(day.dayOfMonth), x, top + 14, options);
  });
}

/** One exercise: a dot on the days it is done once, "2×" on the days it is done twice. */
function gridRow(
  doc: PDFKit.PDFDocument,
  row: ScheduleRow,
  y: number,
  shaded: boolean,
  layout: GridLayout,
): void {
  if (shaded) doc.rect(PAGE.margin, y, CONTENT_WIDTH, ROW_HEIGHT).fill('#f8fafc');
  doc.font('body').fontSize(8.5).fillColor(COLOURS.ink);
  doc.text(row.name, PAGE.margin + 6, y + 6, {
    width: layout.nameWidth - 12,
    height: ROW_HEIGHT - 4,
    ellipsis: true,
    lineBreak: false,
  });
  row.sessionsPerDay.forEach((sessions, index) => {
    const left = PAGE.margin + layout.nameWidth + index * layout.dayWidth;
    if (sessions === 1) doc.circle(left + layout.dayWidth / 2, y + ROW_HEIGHT / 2, 4).fill(COLOURS.accent);
    if (sessions >= 2) {
      doc.font('bold').fontSize(9).fillColor(COLOURS.accent);
      doc.text(`${sessions}×`, left, y + 5.5, { width: layout.dayWidth, align: 'center', lineBreak: false });
    }
  });
}

/** The week as a grid: one row per exercise, one column per day, a mark on the days it is done. */
export function drawScheduleGrid(
  doc: PDFKit.PDFDocument,
  schedule: HandoutData['schedule'],
  locale: Locale,
): void {
  const nameWidth = CONTENT_WIDTH * 0.44;
  const layout = { nameWidth, dayWidth: (CONTENT_WIDTH - nameWidth) / schedule.days.length };
  // The grid is drawn at fixed positions, so all of it must fit on the page it starts on.
  ensureSpace(doc, HEADER_HEIGHT + ROW_HEIGHT * schedule.rows.length + 24);
  const top = doc.y + 2;
  gridHeader(doc, schedule, top, layout, locale);
  schedule.rows.forEach((row, index) => {
    gridRow(doc, row, top + HEADER_HEIGHT + index * ROW_HEIGHT, index % 2 === 1, layout);
  });
  const bottom = top + HEADER_HEIGHT + schedule.rows.length * ROW_HEIGHT;
  doc
    .rect(PAGE.margin, top, CONTENT_WIDTH, bottom - top)
    .lineWidth(0.6)
    .stroke(COLOURS.rule);
  doc
    .font('body')
    .fontSize(8)
    .fillColor(COLOURS.muted)
    .text(WORDS.legend[locale], PAGE.margin, bottom + 5);
  doc.fillColor(COLOURS.ink).fontSize(10);
  doc.x = PAGE.margin;
}
