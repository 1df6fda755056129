import type { IsoDate, Locale } from '@minimus/core';
import type { PatientRecord } from '../patient-record.js';
import { drawPainChart } from './pain-chart.js';
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
import { type PhysicianSummaryData, physicianSummaryData } from './physician-data.js';
import { recentPainLines } from './physician-recent.js';
import {
  drawAdherence,
  drawKeyFacts,
  drawListOrNone,
  drawNotice,
  drawOutcomes,
} from './physician-sections.js';

export const PHYSICIAN_WORDS = {
  title: { en: 'Summary for the physician', es: 'Resumen para el médico' },
  prepared: { en: 'Prepared', es: 'Preparado el' },
  therapist: { en: 'Physical therapist', es: 'Fisioterapeuta' },
  why: { en: 'Why you are receiving this', es: 'Por qué recibe este informe' },
  course: { en: 'Course of pain and program stages', es: 'Evolución del dolor y fases del programa' },
  conditionSource: { en: 'Condition', es: 'Afección' },
  contact: { en: 'Contact', es: 'Contacto' },
  doses: { en: 'Current stage and doses', es: 'Fase actual y dosis' },
  noDoses: { en: 'No exercises prescribed today.', es: 'Hoy no hay ejercicios prescritos.' },
  recentPain: { en: 'Pain, last 4 weeks (0–10)', es: 'Dolor, últimas 4 semanas (0–10)' },
  setbacks: { en: 'Setbacks', es: 'Recaídas' },
  noSetbacks: { en: 'No setback recorded.', es: 'No se ha registrado ninguna recaída.' },
  redFlags: {
    en: 'Safety screen (A, B: pause the program; C: risk factors)',
    es: 'Cuestionario de seguridad (A, B: pausan el programa; C: factores de riesgo)',
  },
  noRedFlags: {
    en: (screens: number) => `No red-flag question answered yes (${screens} screens).`,
    es: (screens: number) => `Ninguna pregunta de alarma respondida con sí (${screens} cribados).`,
  },
  noScreens: {
    en: 'No red-flag screen recorded yet.',
    es: 'Aún no se ha registrado ningún cribado de alarma.',
  },
  answeredYes: { en: 'Answered yes', es: 'Respondió sí' },
  falls: {
    en: 'Falls screen and check-ins after discharge',
    es: 'Cribado de caídas y seguimientos tras el alta',
  },
  noFallsScreen: {
    en: 'No falls screen recorded yet.',
    es: 'Aún no se ha registrado ningún cribado de caídas.',
  },
  adherence: { en: 'Adherence', es: 'Adherencia' },
  outcomes: { en: 'Outcome measures', es: 'Medidas de resultado' },
  messages: {
    en: 'Messages the therapist chose to include',
    es: 'Mensajes que el fisioterapeuta eligió incluir',
  },
  patientWrote: { en: 'patient', es: 'paciente' },
  disclaimer: {
    en: 'Compiled from the patient’s own records and the program’s rules; it supports, and does not replace, clinical judgement.',
    es: 'Elaborado con los registros del propio paciente y las reglas del programa; apoya el juicio clínico, no lo sustituye.',
  },
} as const;

function header(doc: PDFKit.PDFDocument, data: PhysicianSummaryData): void {
  const { locale } = data;
  documentHeader(doc, {
    title: PHYSICIAN_WORDS.title[locale],
    name: data.patientName,
    details: [
      `${data.clinicName}  ·  ${PHYSICIAN_WORDS.therapist[locale]}: ${data.therapistName}  ·  ${PHYSICIAN_WORDS.prepared[locale]} ${data.asOf}`,
      `${PHYSICIAN_WORDS.contact[locale]}: ${data.therapistName}, ${data.therapistEmail || data.clinicName}`,
    ],
  });
}

function redFlagSection(doc: PDFKit.PDFDocument, data: PhysicianSummaryData, screens: number): void {
  const { locale } = data;
  heading(doc, PHYSICIAN_WORDS.redFlags[locale]);
  const lines = [
    ...data.redFlagAlerts.map((alert) => `${alert.date}: ${alert.message}`),
    ...data.redFlagAnswers.map(
      (answer) => `${answer.date}, ${PHYSICIAN_WORDS.answeredYes[locale]}: ${answer.questions.join(' · ')}`,
    ),
  ];
  drawListOrNone(
    doc,
    lines,
    screens === 0 ? PHYSICIAN_WORDS.noScreens[locale] : PHYSICIAN_WORDS.noRedFlags[locale](screens),
    COLOURS.red,
  );
}

function fallsSection(doc: PDFKit.PDFDocument, data: PhysicianSummaryData): void {
  heading(doc, PHYSICIAN_WORDS.falls[data.locale]);
  drawListOrNone(
    doc,
    [...data.fallsScreens, ...data.maintenanceCheckIns],
    PHYSICIAN_WORDS.noFallsScreen[data.locale],
    COLOURS.muted,
  );
}

/** Only the messages the therapist ticked, each dated and attributed; none at all unless ticked. */
function messagesSection(doc: PDFKit.PDFDocument, record: PatientRecord, locale: Locale): void {
  const messages = record.messages ?? [];
  if (messages.length === 0) return;
  heading(doc, PHYSICIAN_WORDS.messages[locale]);
  const zone = record.program.timeZone;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  drawListOrNone(
    doc,
    messages.map((message) => {
      const who =
        message.author === 'patient'
          ? `${message.authorName} (${PHYSICIAN_WORDS.patientWrote[locale]})`
          : message.authorName;
      return `${when.format(message.sentAt)}, ${who}: ${message.text}`;
    }),
    '',
    COLOURS.muted,
  );
}

/**
 * The physician summary: diagnosis and side, the course of pain with the program's stages as a chart,
 * setbacks, red flags, adherence and outcome measures, in English or Spanish. Returns PDF bytes; the same
 * record, day and `createdAt` always give the same bytes.
 *
 * @example
 * const pdf = await physicianSummaryPdf({ record, asOf: '2026-05-10', locale: 'en', createdAt: new Date('2026-05-10T09:00:00Z') });
 */
export async function physicianSummaryPdf(input: {
  record: PatientRecord;
  asOf: IsoDate;
  locale: Locale;
  createdAt: Date;
}): Promise<Buffer> {
  const data = physicianSummaryData(input.record, input.asOf, input.locale);
  const { locale } = data;
  const doc = createPdf({
    title: `${PHYSICIAN_WORDS.title[locale]} – ${data.patientName}`,
    author: `${data.therapistName}, ${data.clinicName}`,
    subject: PHYSICIAN_WORDS.title[locale],
    locale,
    createdAt: input.createdAt,
  });
  header(doc, data);
  drawKeyFacts(doc, data);
  doc.font('body').fontSize(9).fillColor(COLOURS.ink);
  doc.text(`${PHYSICIAN_WORDS.conditionSource[locale]}: ${data.conditionSource}.`, PAGE.margin, doc.y, {
    width: CONTENT_WIDTH,
  });
  doc.moveDown(0.4);
  if (data.physicianMessages.length > 0) drawNotice(doc, PHYSICIAN_WORDS.why[locale], data.physicianMessages);
  heading(doc, `${PHYSICIAN_WORDS.doses[locale]}: ${data.phaseName}`);
  drawListOrNone(doc, data.doses, PHYSICIAN_WORDS.noDoses[locale], COLOURS.muted);
  heading(doc, PHYSICIAN_WORDS.recentPain[locale]);
  drawListOrNone(doc, recentPainLines(data, locale), '', COLOURS.muted);
  heading(doc, PHYSICIAN_WORDS.course[locale]);
  drawPainChart(
    doc,
    data,
    input.record.protocol.phases.map((phase) => phase.name[locale]),
  );
  heading(doc, PHYSICIAN_WORDS.setbacks[locale]);
  drawListOrNone(
    doc,
    data.setbacks.map((setback) => `${setback.date}: ${setback.message}`),
    PHYSICIAN_WORDS.noSetbacks[locale],
    COLOURS.amber,
  );
  const screens = input.record.history.redFlagScreens.filter((screen) => screen.date <= input.asOf).length;
  redFlagSection(doc, data, screens);
  fallsSection(doc, data);
  heading(doc, PHYSICIAN_WORDS.adherence[locale]);
  drawAdherence(doc, data);
  heading(doc, PHYSICIAN_WORDS.outcomes[locale]);
  drawOutcomes(doc, data);
  messagesSection(doc, input.record, locale);
  doc.moveDown(1.2).font('body').fontSize(8).fillColor(COLOURS.muted);
  doc.text(PHYSICIAN_WORDS.disclaimer[locale], PAGE.margin, doc.y, { width: CONTENT_WIDTH });
  footers(doc, `${data.patientName} · ${data.clinicName}`, PAGE_LABEL[locale]);
  return pdfBytes(doc);
}
