import { type Locale, type Protocol, painBands, type TrafficLight } from '@minimus/core';
import { COLOURS, CONTENT_WIDTH, ensureSpace, PAGE } from './pdf-document.js';

const WORDS = {
  title: {
    en: 'Pain guide: check during and after every exercise',
    es: 'Guía del dolor: revísela durante y después de cada ejercicio',
  },
  green: { en: 'Fine. Carry on.', es: 'Bien. Continúe.' },
  amber: {
    en: 'Acceptable if it settles by the next morning.',
    es: 'Aceptable si se calma a la mañana siguiente.',
  },
  red: { en: 'Stop that exercise for today.', es: 'Deje ese ejercicio por hoy.' },
} as const;

const INK: Readonly<Record<TrafficLight, string>> = { green: '#ffffff', amber: COLOURS.ink, red: '#ffffff' };

/**
 * The pain traffic light (our rule, adapted from Silbernagel et al. 2007) as three coloured bands with
 * the protocol's own thresholds, so the printed guide never disagrees with the app.
 */
export function drawTrafficLight(doc: PDFKit.PDFDocument, protocol: Protocol, locale: Locale): void {
  const bands = painBands(protocol.pain.trafficLight).map((band) => ({
    colour: COLOURS[band.light],
    range: `${band.lowestScore}–${band.highestScore}`,
    text: WORDS[band.light][locale],
    ink: INK[band.light],
  }));
  ensureSpace(doc, 86);
  const top = doc.y;
  doc.font('bold').fontSize(10.5).fillColor(COLOURS.ink).text(WORDS.title[locale], PAGE.margin, top);
  const bandTop = doc.y + 4;
  const gap = 6;
  const width = (CONTENT_WIDTH - 2 * gap) / 3;
  bands.forEach((band, index) => {
    const x = PAGE.margin + index * (width + gap);
    doc.roundedRect(x, bandTop, width, 52, 6).fill(band.colour);
    doc
      .font('bold')
      .fontSize(15)
      .fillColor(band.ink)
      .text(band.range, x + 8, bandTop + 6, { width: width - 16 });
    doc
      .font('body')
      .fontSize(9)
      .text(band.text, x + 8, bandTop + 26, { width: width - 16 });
  });
  doc.fillColor(COLOURS.ink).font('body').fontSize(10);
  doc.x = PAGE.margin;
  doc.y = bandTop + 62;
}
