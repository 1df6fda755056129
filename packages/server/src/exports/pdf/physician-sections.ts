import { formatDecimal, type Locale } from '@minimus/core';
import { COLOURS, CONTENT_WIDTH, ensureSpace, PAGE } from './pdf-document.js';
import type { PhysicianSummaryData } from './physician-data.js';

const WORDS = {
  condition: { en: 'Condition treated', es: 'Afección tratada' },
  conditions: {
    'muscle-strain': { en: 'Gluteus minimus muscle strain', es: 'Distensión del glúteo menor' },
    tendinopathy: { en: 'Gluteal tendinopathy', es: 'Tendinopatía glútea' },
  },
  hip: {
    en: { left: 'left hip', right: 'right hip', both: 'both hips' },
    es: { left: 'cadera izquierda', right: 'cadera derecha', both: 'ambas caderas' },
  },
  injury: { en: 'Injury date', es: 'Fecha de la lesión' },
  start: { en: 'Program start', es: 'Inicio del programa' },
  days: { en: (days: number) => `day ${days}`, es: (days: number) => `día ${days}` },
  stage: { en: 'Current stage', es: 'Fase actual' },
  status: { en: 'Status', es: 'Estado' },
  statuses: {
    active: { en: 'active', es: 'activo' },
    suspended: { en: 'suspended', es: 'suspendido' },
    discharged: { en: 'discharged', es: 'alta' },
    'awaiting-confirmation': {
      en: "awaiting the therapist's confirmation",
      es: 'pendiente de confirmación del fisioterapeuta',
    },
  },
  overall: {
    en: (percent: string) => `Sessions done over the whole program: ${percent}.`,
    es: (percent: string) => `Sesiones hechas en todo el programa: ${percent}.`,
  },
  nothingPrescribed: { en: 'No sessions prescribed yet.', es: 'Aún no se han prescrito sesiones.' },
  period: {
    en: (from: string, to: string, days: number, met: boolean) =>
      `${from} to ${to}: data on ${days} of 30 days${met ? ' (16 or more)' : ''}`,
    es: (from: string, to: string, days: number, met: boolean) =>
      `${from} a ${to}: datos en ${days} de 30 días${met ? ' (16 o más)' : ''}`,
  },
  soFar: { en: ' – period still running', es: ' – periodo en curso' },
  psfs: {
    en: (from: string, to: string, change: string, size: string) =>
      `PSFS mean score ${from} → ${to} (${change}; ${size} change).`,
    es: (from: string, to: string, change: string, size: string) =>
      `PSFS, puntuación media ${from} → ${to} (${change}; cambio ${size}).`,
  },
  sizes: {
    none: { en: 'below the minimal important', es: 'por debajo del mínimo importante' },
    small: { en: 'small', es: 'pequeño' },
    medium: { en: 'medium', es: 'moderado' },
    large: { en: 'large', es: 'grande' },
  },
  noPsfs: { en: 'PSFS: no follow-up score yet.', es: 'PSFS: aún sin puntuación de seguimiento.' },
  symmetry: {
    en: (percent: string, date: string) => `Limb symmetry (injured / uninjured): ${percent}% on ${date}.`,
    es: (percent: string, date: string) => `Simetría (lesionado / sano): ${percent} % el ${date}.`,
  },
  noSymmetry: { en: 'Strength: not tested yet.', es: 'Fuerza: aún sin medir.' },
  bothSides: {
    en: 'Both sides treated: limb symmetry is not used; each side is measured against its own baseline.',
    es: 'Se tratan ambos lados: no se usa la simetría entre piernas; cada lado se compara con su propia línea de base.',
  },
} as const;

function fact(
  doc: PDFKit.PDFDocument,
  label: string,
  value: string,
  x: number,
  y: number,
  width: number,
): void {
  doc.font('body').fontSize(8).fillColor(COLOURS.muted).text(label, x, y, { width });
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(COLOURS.ink)
    .text(value, x, y + 10, { width });
}

/** Diagnosis and side, dates and the current stage as a block of labelled values. */
export function drawKeyFacts(doc: PDFKit.PDFDocument, data: PhysicianSummaryData): void {
  const { locale } = data;
  const top = doc.y;
  const column = CONTENT_WIDTH / 3;
  const facts: [string, string][] = [
    [WORDS.condition[locale], `${WORDS.conditions[data.condition][locale]}, ${WORDS.hip[locale][data.side]}`],
    [WORDS.injury[locale], data.injuryDate],
    [WORDS.start[locale], `${data.programStart} (${WORDS.days[locale](data.daysInProgram)})`],
    [WORDS.stage[locale], data.phaseName],
    [WORDS.status[locale], WORDS.statuses[data.status][locale]],
  ];
  facts.forEach(([label, value], index) => {
    const first = index === 0;
    const x = first ? PAGE.margin : PAGE.margin + ((index - 1) % 2) * column + column;
    const y = first ? top : top + Math.floor((index - 1) / 2) * 30;
    fact(doc, label, value, x, y, first ? column - 10 : column - 10);
  });
  doc.x = PAGE.margin;
  doc.y = top + 64;
}

/** A bordered notice for what the physician is asked to look at. */
export function drawNotice(doc: PDFKit.PDFDocument, title: string, lines: readonly string[]): void {
  doc.font('body').fontSize(9.5);
  const text = lines.join('\n');
  const height = doc.heightOfString(text, { width: CONTENT_WIDTH - 24 }) + 30;
  ensureSpace(doc, height + 10);
  const top = doc.y + 4;
  doc.rect(PAGE.margin, top, CONTENT_WIDTH, height).fill('#fdecea');
  doc.rect(PAGE.margin, top, 4, height).fill(COLOURS.red);
  doc
    .font('bold')
    .fontSize(10.5)
    .fillColor(COLOURS.red)
    .text(title, PAGE.margin + 14, top + 8, { width: CONTENT_WIDTH - 24 });
  doc
    .font('body')
    .fontSize(9.5)
    .fillColor(COLOURS.ink)
    .text(text, PAGE.margin + 14, doc.y + 2, { width: CONTENT_WIDTH - 24 });
  doc.x = PAGE.margin;
  doc.y = top + height + 6;
}

/** Dated lines with a coloured marker, or a plain sentence when there is nothing to list. */
export function drawListOrNone(
  doc: PDFKit.PDFDocument,
  lines: readonly string[],
  none: string,
  marker: string,
): void {
  doc.font('body').fontSize(9.5).fillColor(COLOURS.ink);
  if (lines.length === 0) {
    doc.text(none, PAGE.margin, doc.y, { width: CONTENT_WIDTH });
    return;
  }
  for (const line of lines) {
    const height = doc.heightOfString(line, { width: CONTENT_WIDTH - 14 });
    ensureSpace(doc, height + 4);
    const y = doc.y;
    doc.circle(PAGE.margin + 4, y + 5.5, 3).fill(marker);
    doc
      .fillColor(COLOURS.ink)
      .text(line, PAGE.margin + 14, y, { width: CONTENT_WIDTH - 14, paragraphGap: 3 });
  }
  doc.x = PAGE.margin;
}

function percent(share: number, locale: Locale): string {
  // Spanish writes a space before the per cent sign (RAE), English does not.
  return `${formatDecimal(Math.round(share * 100), locale)}${locale === 'es' ? ' %' : '%'}`;
}

/** Weekly adherence as small bars, then the 30-day periods of days with data. */
export function drawAdherence(doc: PDFKit.PDFDocument, data: PhysicianSummaryData): void {
  const { locale } = data;
  const weeks = data.summary.adherenceByWeek;
  doc.font('body').fontSize(9.5).fillColor(COLOURS.ink);
  doc.text(
    data.overallAdherence === null
      ? WORDS.nothingPrescribed[locale]
      : WORDS.overall[locale](percent(data.overallAdherence, locale)),
  );
  ensureSpace(doc, 70);
  const top = doc.y + 6;
  const barArea = 30;
  const width = Math.min(36, CONTENT_WIDTH / Math.max(1, weeks.length));
  weeks.forEach((week, index) => {
    const x = PAGE.margin + index * width;
    const share = week.share ?? 0;
    doc.rect(x + 3, top, width - 6, barArea).fill(COLOURS.panel);
    if (week.share !== null)
      doc.rect(x + 3, top + barArea * (1 - share), width - 6, barArea * share).fill(COLOURS.accent);
    doc.font('body').fontSize(6.5).fillColor(COLOURS.muted);
    const label = week.share === null ? '–' : `${Math.round(share * 100)}`;
    doc.text(label, x, top + barArea + 2, { width, align: 'center', lineBreak: false });
    doc.text(`${week.weekStart.slice(8, 10)}/${week.weekStart.slice(5, 7)}`, x, top + barArea + 10, {
      width,
      align: 'center',
      lineBreak: false,
    });
  });
  doc.x = PAGE.margin;
  doc.y = top + barArea + 24;
  doc.font('body').fontSize(9).fillColor(COLOURS.ink);
  for (const period of data.summary.dataPeriods) {
    const line = WORDS.period[locale](period.from, period.to, period.daysWithData, period.meetsSixteenDays);
    doc.text(`${line}${period.to > data.asOf ? WORDS.soFar[locale] : ''}`, { width: CONTENT_WIDTH });
  }
}

/** PSFS change against its minimal important change, and the latest limb symmetry. */
export function drawOutcomes(doc: PDFKit.PDFDocument, data: PhysicianSummaryData): void {
  const { locale } = data;
  const { psfs, limbSymmetry } = data.summary;
  doc.font('body').fontSize(9.5).fillColor(COLOURS.ink);
  if (psfs) {
    const sign = psfs.change >= 0 ? '+' : '−';
    doc.text(
      WORDS.psfs[locale](
        formatDecimal(psfs.baselineMean, locale),
        formatDecimal(psfs.latestMean, locale),
        `${sign}${formatDecimal(Math.abs(psfs.change), locale)}`,
        WORDS.sizes[psfs.size][locale],
      ),
      { width: CONTENT_WIDTH },
    );
  } else doc.text(WORDS.noPsfs[locale]);
  const latest = limbSymmetry.at(-1);
  if (data.side === 'both') doc.text(WORDS.bothSides[locale], { width: CONTENT_WIDTH });
  else
    doc.text(
      latest
        ? WORDS.symmetry[locale](formatDecimal(latest.percent, locale), latest.date)
        : WORDS.noSymmetry[locale],
    );
}
