import {
  type Alert,
  addDays,
  type Condition,
  checkInWords,
  type DayPlan,
  dateInWords,
  daysBetween,
  doseInWords,
  fallsScreenWords,
  type IsoDate,
  type Locale,
  type PainBand,
  PRINT_WORDING,
  type ProgramSide,
  type ProgramSummary,
  painBands,
  planDay,
  sideInWords,
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
  /** Each question answered yes, after its tier code (A and B pause the program, C risk factors). */
  questions: string[];
}

/** One day of the last four weeks: the worst pain in 24 h and the next-morning pain, where logged. */
export interface PainDay {
  date: IsoDate;
  worstPain24h: number | null;
  nextMorningPain: number | null;
}

/** What the physician summary shows, in one language, computed from the program's course. */
export interface PhysicianSummaryData {
  locale: Locale;
  asOf: IsoDate;
  patientName: string;
  clinicName: string;
  therapistName: string;
  therapistEmail: string;
  /** Who recorded the condition: the therapist's diagnosis, or the screen that suggests it. */
  conditionSource: string;
  /** Today's exercises with their doses, written out. */
  doses: string[];
  /** The last 28 days up to `asOf`, oldest first. */
  recentPain: PainDay[];
  injuryDate: IsoDate;
  programStart: IsoDate;
  daysInProgram: number;
  side: ProgramSide;
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
  /** The falls screens (STEADI) and the check-ins after discharge, each written out, oldest first. */
  fallsScreens: string[];
  maintenanceCheckIns: string[];
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
        .flatMap(([id]) => {
          const item = items.find((candidate) => candidate.id === id);
          return item ? [`(${item.code}) ${item.question[locale]}`] : [];
        }),
    }))
    .filter((screen) => screen.questions.length > 0);
}

const SOURCE_WORDS = {
  en: {
    therapist: (author: string, date: string) => `recorded by ${author} on ${date}`,
    screen: (date: string) => `suggested by the patient's hip screen of ${date}, not yet confirmed`,
    none: 'no diagnosis recorded; the program treats a muscle strain',
  },
  es: {
    therapist: (author: string, date: string) => `registrada por ${author} el ${date}`,
    screen: (date: string) => `sugerida por el cuestionario de cadera del ${date}, aún sin confirmar`,
    none: 'sin diagnóstico registrado; el programa trata una distensión muscular',
  },
} as const;

function conditionSource(plan: DayPlan, locale: Locale): string {
  const decision = plan.decisions.find((candidate) => candidate.subject === 'condition');
  const words = SOURCE_WORDS[locale];
  const when = (value: unknown) => (typeof value === 'string' ? dateInWords(value)[locale] : '-');
  if (decision?.source === 'therapist' && decision.author)
    return words.therapist(decision.author, when(decision.data.effectiveFrom));
  if (decision?.ruleId === 'condition.tendinopathy-screen')
    return words.screen(when(decision.data.screenDate));
  return words.none;
}

function recentPain(record: PatientRecord, asOf: IsoDate): PainDay[] {
  const from = addDays(asOf, -27);
  return Array.from({ length: 28 }, (_, index) => {
    const date = addDays(from, index);
    const checkIn = record.history.checkIns.find((entry) => entry.date === date);
    return {
      date,
      worstPain24h: checkIn?.worstPain24h ?? null,
      nextMorningPain: checkIn?.nextMorningPain ?? null,
    };
  });
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
  const nameOf = (id: string) =>
    protocol.exercises.find((exercise) => exercise.id === id)?.name[locale] ?? id;
  return {
    locale,
    asOf,
    patientName: record.patient.name,
    clinicName: record.clinic.name,
    therapistName: record.therapist.name,
    therapistEmail: record.therapist.email,
    conditionSource: conditionSource(today, locale),
    // A both-sides program's one-leg exercises are dosed for each leg: the leg is named.
    doses: today.exercises.map((exercise) => {
      const leg =
        program.side === 'both' && exercise.side !== 'both' ? ` (${sideInWords(exercise.side, locale)})` : '';
      return `${nameOf(exercise.exerciseId)}${leg}: ${doseInWords(exercise.prescription, locale, PRINT_WORDING)}`;
    }),
    recentPain: recentPain(record, asOf),
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
    fallsScreens: record.history.fallsScreens
      .filter((screen) => screen.date <= asOf)
      .map((screen) => fallsScreenWords(protocol.screens.falls, screen)[locale]),
    maintenanceCheckIns: record.history.maintenanceCheckIns
      .filter((entry) => entry.date <= asOf)
      .map((entry) => checkInWords(protocol.screens.maintenanceCheckIn, entry)[locale]),
    overallAdherence: overallAdherence(summary),
  };
}
