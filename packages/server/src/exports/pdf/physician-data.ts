import {
  type Alert,
  type Condition,
  daysBetween,
  type IsoDate,
  type Locale,
  type PainBand,
  type ProgramSummary,
  painBands,
  planDay,
  type Side,
  summariseProgram,
} from '@minimus/core';
import { type PatientRecord, requireDate, requireMatchingProtocol } from '../patient-record.js';

export interface TimelineBand {
  from: IsoDate;
  to: IsoDate;
  phase: number;
  phaseName: string;
  status: ProgramSummary['timeline'][number]['status'];
}

export interface ListedAlert {
  date: IsoDate;
  kind: Alert['kind'];
  message: string;
}

export interface RedFlagAnswer {
  date: IsoDate;
  questions: string[];
}

/** What the physician summary shows, in one language, computed from the program's course. */
export interface PhysicianSummaryData {
  locale: Locale;
  asOf: IsoDate;
  patientName: string;
  clinicName: string;
  therapistName: string;
  injuryDate: IsoDate;
  programStart: IsoDate;
  daysInProgram: number;
  side: Side;
  condition: Condition;
  status: TimelineBand['status'];
  phaseName: string;
  /** What the engine asks the physician to look at (significant setbacks, red flags), newest first. */
  physicianMessages: string[];
  summary: ProgramSummary;
  /** The pain guide of the program's protocol, shaded behind the pain chart. */
  painBands: readonly PainBand[];
  timeline: TimelineBand[];
  setbacks: ListedAlert[];
  redFlagAlerts: ListedAlert[];
  redFlagAnswers: RedFlagAnswer[];
  /** Done / prescribed sessions over the whole program, or null when nothing was prescribed yet. */
  overallAdherence: number | null;
}

const SETBACK_KINDS: readonly Alert['kind'][] = [
  'setback',
  'significant-setback',
  'exercise-stopped',
  'no-improvement',
];

function redFlagAnswers(record: PatientRecord, asOf: IsoDate, locale: Locale): RedFlagAnswer[] {
  const items = record.protocol.screens.redFlag.items;
  return record.history.redFlagScreens
    .filter((screen) => screen.date <= asOf)
    .map((screen) => ({
      date: screen.date,
      questions: Object.entries(screen.answers)
        .filter(([, yes]) => yes)
        .map(([id]) => items.find((item) => item.id === id)?.question[locale] ?? id),
    }))
    .filter((screen) => screen.questions.length > 0);
}

function alertLists(
  alerts: readonly Alert[],
  locale: Locale,
): Pick<PhysicianSummaryData, 'physicianMessages' | 'setbacks' | 'redFlagAlerts'> {
  // The physician's wording where the engine has one, else the clinical statement written for the
  // therapist: the patient's message speaks to the patient.
  const listed = (alert: Alert) => ({
    date: alert.date,
    kind: alert.kind,
    message: (alert.physicianMessage ?? alert.therapistMessage)[locale],
  });
  const messages = [...alerts]
    .sort((a, b) => b.date.localeCompare(a.date))
    .flatMap((alert) => (alert.physicianMessage ? [`${alert.date}: ${alert.physicianMessage[locale]}`] : []));
  return {
    physicianMessages: [...new Set(messages)],
    setbacks: alerts.filter((alert) => SETBACK_KINDS.includes(alert.kind)).map(listed),
    redFlagAlerts: alerts.filter((alert) => alert.kind === 'red-flag').map(listed),
  };
}

function overallAdherence(summary: ProgramSummary): number | null {
  const prescribed = summary.adherenceByWeek.reduce((sum, week) => sum + week.prescribedSessions, 0);
  const done = summary.adherenceByWeek.reduce((sum, week) => sum + week.doneSessions, 0);
  return prescribed > 0 ? done / prescribed : null;
}

/**
 * The physician summary's content from the program start to `asOf`.
 *
 * @example
 * physicianSummaryData(record, '2026-05-10', 'es').setbacks;
 */
export function physicianSummaryData(
  record: PatientRecord,
  asOf: IsoDate,
  locale: Locale,
): PhysicianSummaryData {
  requireMatchingProtocol(record);
  requireDate(asOf, 'asOf');
  const { protocol, program, history } = record;
  const from = program.startDate <= asOf ? program.startDate : asOf;
  const summary = summariseProgram({ protocol, program, history }, from, asOf);
  const phaseName = (phase: number) =>
    protocol.phases.find((definition) => definition.phase === phase)?.name[locale] ?? String(phase);
  const timeline = summary.timeline.map((segment) => ({ ...segment, phaseName: phaseName(segment.phase) }));
  const today = planDay({ protocol, program, history, date: asOf });
  return {
    locale,
    asOf,
    patientName: record.patient.name,
    clinicName: record.clinic.name,
    therapistName: record.therapist.name,
    injuryDate: program.injuryDate,
    programStart: program.startDate,
    daysInProgram: Math.max(0, daysBetween(program.startDate, asOf) + 1),
    side: program.side,
    condition: today.condition,
    status: today.status,
    phaseName: phaseName(today.phase),
    summary,
    painBands: painBands(protocol.pain.trafficLight),
    timeline,
    ...alertLists(summary.alerts, locale),
    redFlagAnswers: redFlagAnswers(record, asOf, locale),
    overallAdherence: overallAdherence(summary),
  };
}
