import type { Locale } from '@minimus/core';
import type { HandoutData } from './handout-data.js';
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

/** The week as a grid: one row per exercise, one column per day, a mark on the days it is done. */
export function drawScheduleGrid(
  doc: PDFKit.PDFDocument,
  schedule: HandoutData['schedule'],
  locale: Locale,
): void {
  const nameWidth = CONTENT_WIDTH * 0.44;
  const dayWidth = (CONTENT_WIDTH - nameWidth) / schedule.days.length;
  ensureSpace(doc, HEADER_HEIGHT + ROW_HEIGHT * Math.min(schedule.rows.length, 4) + 20);
  const top = doc.y + 2;
  doc.rect(PAGE.margin, top, CONTENT_WIDTH, HEADER_HEIGHT).fill(COLOURS.panel);
  doc.font('bold').fontSize(9).fillColor(COLOURS.ink);
  doc.text(WORDS.exercise[locale], PAGE.margin + 6, top + 8, { width: nameWidth - 12, lineBreak: false });
  schedule.days.forEach((day, index) => {
    const x = PAGE.margin + nameWidth + index * dayWidth;
    doc.text(day.weekday, x, top + 3, { width: dayWidth, align: 'center', lineBreak: false });
    doc.font('body').fontSize(8).fillColor(COLOURS.muted);
    doc.text(String(day.dayOfMonth), x, top + 14, { width: dayWidth, align: 'center', lineBreak: false });
    doc.font('bold').fontSize(9).fillColor(COLOURS.ink);
  });
  let y = top + HEADER_HEIGHT;
  schedule.rows.forEach((row, rowIndex) => {
    if (rowIndex % 2 === 1) doc.rect(PAGE.margin, y, CONTENT_WIDTH, ROW_HEIGHT).fill('#f8fafc');
    doc.font('body').fontSize(8.5).fillColor(COLOURS.ink);
    doc.text(row.name, PAGE.margin + 6, y + 6, {
      width: nameWidth - 12,
      height: ROW_HEIGHT - 4,
      ellipsis: true,
      lineBreak: false,
    });
    row.sessionsPerDay.forEach((sessions, index) => {
      const centre = PAGE.margin + nameWidth + index * dayWidth + dayWidth / 2;
      if (sessions === 1) doc.circle(centre, y + ROW_HEIGHT / 2, 4).fill(COLOURS.accent);
      if (sessions >= 2) {
        doc.font('bold').fontSize(9).fillColor(COLOURS.accent);
        doc.text(`${sessions}×`, centre - dayWidth / 2, y + 5.5, {
          width: dayWidth,
          align: 'center',
          lineBreak: false,
        });
      }
    });
    y += ROW_HEIGHT;
  });
  doc
    .rect(PAGE.margin, top, CONTENT_WIDTH, y - top)
    .lineWidth(0.6)
    .stroke(COLOURS.rule);
  doc
    .font('body')
    .fontSize(8)
    .fillColor(COLOURS.muted)
    .text(WORDS.legend[locale], PAGE.margin, y + 5);
  doc.fillColor(COLOURS.ink).fontSize(10);
  doc.x = PAGE.margin;
}
