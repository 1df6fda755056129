import { daysBetween, type IsoDate, MAX_PAIN_SCORE, type PainBand, type TrafficLight } from '@minimus/core';
import { COLOURS, CONTENT_WIDTH, ensureSpace, PAGE } from './pdf-document.js';
import type { PhysicianSummaryData } from './physician-data.js';

const WORDS = {
  worst: { en: 'Worst pain in 24 h (0–10)', es: 'Peor dolor en 24 h (0–10)' },
  exercise: { en: 'Highest pain during exercise', es: 'Dolor máximo durante el ejercicio' },
  setback: { en: 'Setback', es: 'Recaída' },
  suspended: { en: 'suspended', es: 'suspendido' },
  discharged: { en: 'discharged', es: 'alta' },
  'awaiting-confirmation': { en: 'to confirm', es: 'por confirmar' },
} as const;

const PHASE_COLOURS = ['#bcccdc', '#829ab1', '#486581', '#243b53'] as const;
const CHART = { height: 120, axis: 22, strip: 16 } as const;

function dateLabel(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}`;
}

const BAND_COLOURS: Readonly<Record<TrafficLight, string>> = {
  green: '#e8f5e9',
  amber: '#fff4db',
  red: '#fdecea',
};

/**
 * Background bands of the pain traffic light, so a reader sees at once which scores were red. A band
 * reaches half a point past its whole scores, so neighbouring bands meet between two scores.
 */
function bands(
  doc: PDFKit.PDFDocument,
  painBands: readonly PainBand[],
  area: { left: number; top: number; width: number },
  y: (pain: number) => number,
): void {
  const { left, top, width } = area;
  for (const band of [...painBands].reverse()) {
    const upper = Math.min(MAX_PAIN_SCORE, band.highestScore + 0.5);
    const lower = Math.max(0, band.lowestScore - 0.5);
    doc.rect(left, y(upper), width, y(lower) - y(upper)).fill(BAND_COLOURS[band.light]);
  }
  doc.font('body').fontSize(7).fillColor(COLOURS.muted);
  for (const pain of [0, 2, 4, 6, 8, 10]) {
    doc.text(String(pain), PAGE.margin, y(pain) - 3.5, {
      width: left - PAGE.margin - 4,
      align: 'right',
      lineBreak: false,
    });
    doc
      .moveTo(left, y(pain))
      .lineTo(left + width, y(pain))
      .lineWidth(0.3)
      .stroke('#d9e2ec');
  }
  doc.rect(left, top, width, CHART.height).lineWidth(0.6).stroke(COLOURS.rule);
}

function painLine(
  doc: PDFKit.PDFDocument,
  data: PhysicianSummaryData,
  x: (date: IsoDate) => number,
  y: (pain: number) => number,
): void {
  const worst = data.summary.pain.filter((point) => point.worstPain !== null);
  worst.forEach((point, index) => {
    const px = x(point.date);
    const py = y(point.worstPain ?? 0);
    if (index === 0) doc.moveTo(px, py);
    else doc.lineTo(px, py);
  });
  if (worst.length > 1) doc.lineWidth(1.6).lineJoin('round').stroke(COLOURS.ink);
  for (const point of data.summary.pain) {
    if (point.highestExercisePain === null) continue;
    doc.circle(x(point.date), y(point.highestExercisePain), 1.6).fill(COLOURS.accent);
  }
  for (const setback of data.setbacks) {
    const px = x(setback.date);
    doc.polygon([px, y(10) + 2], [px - 4, y(10) + 9], [px + 4, y(10) + 9]).fill(COLOURS.amber);
  }
}

function dateAxis(
  doc: PDFKit.PDFDocument,
  data: PhysicianSummaryData,
  left: number,
  bottom: number,
  x: (date: IsoDate) => number,
): void {
  const span = Math.max(1, daysBetween(data.summary.from, data.summary.to));
  const step = span > 120 ? 28 : span > 56 ? 14 : 7;
  doc.font('body').fontSize(7).fillColor(COLOURS.muted);
  for (let day = 0; day <= span; day += step) {
    const date = new Date(Date.parse(`${data.summary.from}T00:00:00Z`) + day * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const px = x(date);
    doc
      .moveTo(px, bottom)
      .lineTo(px, bottom + 3)
      .lineWidth(0.5)
      .stroke(COLOURS.muted);
    doc.text(dateLabel(date), Math.max(left, px - 15), bottom + 4, {
      width: 30,
      align: 'center',
      lineBreak: false,
    });
  }
}

function phaseStrip(
  doc: PDFKit.PDFDocument,
  data: PhysicianSummaryData,
  top: number,
  x: (date: IsoDate) => number,
  dayWidth: number,
): void {
  for (const band of data.timeline) {
    const from = x(band.from) - dayWidth / 2;
    const width = Math.max(1, x(band.to) - x(band.from) + dayWidth);
    const colour =
      band.status === 'suspended'
        ? COLOURS.red
        : band.status === 'discharged'
          ? COLOURS.green
          : (PHASE_COLOURS[band.phase] ?? COLOURS.muted);
    doc.rect(from, top, width, CHART.strip).fill(colour);
    const label = band.status === 'active' ? String(band.phase) : WORDS[band.status][data.locale];
    doc
      .font('bold')
      .fontSize(7.5)
      .fillColor(band.phase === 0 && band.status === 'active' ? COLOURS.ink : '#ffffff');
    if (doc.widthOfString(label) + 4 < width)
      doc.text(label, from, top + 4.5, { width, align: 'center', lineBreak: false });
  }
}

function legend(
  doc: PDFKit.PDFDocument,
  data: PhysicianSummaryData,
  top: number,
  phaseNames: readonly string[],
): void {
  const { locale } = data;
  let x = PAGE.margin;
  doc.font('body').fontSize(7.5).fillColor(COLOURS.ink);
  doc
    .moveTo(x, top + 4)
    .lineTo(x + 14, top + 4)
    .lineWidth(1.6)
    .stroke(COLOURS.ink);
  doc.text(WORDS.worst[locale], x + 18, top, { lineBreak: false });
  x += 26 + doc.widthOfString(WORDS.worst[locale]);
  doc.circle(x + 4, top + 4, 1.8).fill(COLOURS.accent);
  doc.fillColor(COLOURS.ink).text(WORDS.exercise[locale], x + 10, top, { lineBreak: false });
  x += 18 + doc.widthOfString(WORDS.exercise[locale]);
  doc.polygon([x + 4, top], [x, top + 7], [x + 8, top + 7]).fill(COLOURS.amber);
  doc.fillColor(COLOURS.ink).text(WORDS.setback[locale], x + 12, top, { lineBreak: false });
  const phases = phaseNames.map((name, phase) => `${phase} ${name}`).join('   ');
  doc.fillColor(COLOURS.muted).text(phases, PAGE.margin, top + 12, { width: CONTENT_WIDTH });
}

/**
 * The course of pain as a line over the traffic-light bands, exercise pain as dots, setbacks as
 * markers, and beneath it the stages of the program as a strip on the same date axis.
 */
export function drawPainChart(
  doc: PDFKit.PDFDocument,
  data: PhysicianSummaryData,
  phaseNames: readonly string[],
): void {
  ensureSpace(doc, CHART.height + CHART.axis + CHART.strip + 50);
  const left = PAGE.margin + 18;
  const width = CONTENT_WIDTH - 18;
  const top = doc.y + 4;
  const span = Math.max(1, daysBetween(data.summary.from, data.summary.to));
  const dayWidth = width / (span + 1);
  const x = (date: IsoDate) => left + dayWidth / 2 + daysBetween(data.summary.from, date) * dayWidth;
  const y = (pain: number) => top + CHART.height - (pain / 10) * CHART.height;
  bands(doc, data.painBands, { left, top, width }, y);
  painLine(doc, data, x, y);
  const stripTop = top + CHART.height + 4;
  phaseStrip(doc, data, stripTop, x, dayWidth);
  dateAxis(doc, data, left, stripTop + CHART.strip, x);
  legend(doc, data, stripTop + CHART.strip + 18, phaseNames);
  doc.x = PAGE.margin;
  doc.y = stripTop + CHART.strip + 48;
  doc.fillColor(COLOURS.ink).font('body').fontSize(10);
}
