import type { Locale, Protocol } from '@minimus/core';
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

/**
 * The pain traffic light (Silbernagel et al. 2007) as three coloured bands with the protocol's own
 * thresholds, so the printed guide never disagrees with the app.
 */
export function drawTrafficLight(doc: PDFKit.PDFDocument, protocol: Protocol, locale: Locale): void {
  const { greenMax, amberMax } = protocol.pain.trafficLight;
  const bands = [
    { colour: COLOURS.green, range: `0–${greenMax}`, text: WORDS.green[locale], ink: '#ffffff' },
    {
      colour: COLOURS.amber,
      range: `${greenMax + 1}–${amberMax}`,
      text: WORDS.amber[locale],
      ink: COLOURS.ink,
    },
    { colour: COLOURS.red, range: `${amberMax + 1}–10`, text: WORDS.red[locale], ink: '#ffffff' },
  ];
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
