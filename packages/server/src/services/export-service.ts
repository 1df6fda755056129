import { type IsoDate, LOCALES, type Locale } from '@minimus/core';
import { calendarFeed } from '../exports/calendar/calendar-feed.js';
import { fhirBundle } from '../exports/fhir/fhir-bundle.js';
import { monitoringReportCsv } from '../exports/monitoring/monitoring-csv.js';
import { clinicMonitoringReport, type MonitoringReport } from '../exports/monitoring/monitoring-report.js';
import { ExportInputError, type PatientRecord } from '../exports/patient-record.js';
import { handoutPdf } from '../exports/pdf/handout-pdf.js';
import { physicianSummaryPdf } from '../exports/pdf/physician-pdf.js';
import { AppError } from '../http/app-error.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { Repositories } from '../repositories/repositories.js';
import { exportedMessages } from './export-messages.js';
import { withPatient, withRole } from './patient-access.js';
import { todayIn } from './plans.js';
import type { UseCaseContext } from './request-context.js';
import { hashToken } from './secret-token.js';

const READERS = ['patient', 'therapist', 'admin'] as const;
export const CALENDAR_WEEKS = 6;

/** Everything an export needs about one patient, loaded after the caller was authorised. */
export async function patientRecord(repos: Repositories, patient: PatientRow): Promise<PatientRecord> {
  const [state, clinic, therapist] = await Promise.all([
    repos.planner.state(patient),
    repos.accounts.findClinic(patient.clinicId),
    repos.accounts.findUser(patient.therapistId),
  ]);
  return {
    patient: { id: patient.id, name: patient.name },
    clinic: { name: clinic?.name ?? '' },
    therapist: { name: therapist?.name ?? '', email: therapist?.email ?? '' },
    protocol: state.protocol,
    program: state.program,
    history: state.history,
  };
}

export function localeOf(value: string | undefined, fallback: string): Locale {
  return LOCALES.find((locale) => locale === (value ?? fallback)) ?? 'en';
}

/** Export functions refuse bad input with their own error; the client sees a validation problem. */
async function asProblem<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExportInputError) throw new AppError('validation_failed', error.message);
    throw error;
  }
}

export type ExportKind = 'handout' | 'physician-summary' | 'fhir';

/** A printable document or FHIR bundle of one patient, dated today in the patient's zone. */
export function exportDocument(
  context: UseCaseContext,
  patientId: string,
  kind: ExportKind,
  options: { locale?: string | undefined; date?: IsoDate | undefined; messages?: string | undefined },
): Promise<Buffer | object> {
  return withPatient(context, patientId, `export.${kind}`, READERS, async (patient) => {
    const messages = await exportedMessages(context, patient, kind, options.messages);
    const record = { ...(await patientRecord(context.repos, patient)), ...(messages ? { messages } : {}) };
    const date = options.date ?? todayIn(patient.timeZone);
    // The physician summary is the patient's to take along: in their language unless asked otherwise.
    const patientLocale =
      kind === 'physician-summary'
        ? (await context.repos.accounts.findUser(patient.userId))?.locale
        : undefined;
    const locale = localeOf(options.locale, patientLocale ?? context.actor.locale);
    const createdAt = new Date();
    return asProblem<Buffer | object>(() => {
      if (kind === 'handout') return handoutPdf({ record, from: date, locale, createdAt });
      if (kind === 'physician-summary') return physicianSummaryPdf({ record, asOf: date, locale, createdAt });
      return fhirBundle({ record, asOf: date, locale, generatedAt: createdAt });
    });
  });
}

/**
 * The iCalendar feed behind a secret URL: no session, so the secret is the only key; an unknown or
 * revoked secret is simply not found.
 */
export async function calendarFeedBySecret(repos: Repositories, secret: string): Promise<string> {
  const patientId = await repos.invitations.findCalendarFeed(hashToken(secret));
  const patient = patientId ? await repos.patients.find(patientId) : null;
  if (!patient) throw new AppError('not_found', 'No such calendar feed');
  const [record, account, preference] = await Promise.all([
    patientRecord(repos, patient),
    repos.accounts.findUser(patient.userId),
    repos.notifications.preference(patient.userId),
  ]);
  await repos.audit.record({
    actorId: null,
    actorRole: 'calendar-feed',
    clinicId: patient.clinicId,
    action: 'calendar-feed.read',
    patientId: patient.id,
    outcome: 'allowed',
    requestId: null,
  });
  return asProblem(() =>
    calendarFeed({
      record,
      from: todayIn(patient.timeZone),
      weeks: CALENDAR_WEEKS,
      locale: localeOf(account?.locale, 'en'),
      sessionTime: '18:00',
      secondRoundTime: '09:00',
      reminderTime: preference.reminderTime?.slice(0, 5) ?? null,
      generatedAt: new Date(),
    }),
  );
}

/** The clinic's 30-day remote-monitoring report, every patient's periods and the totals (therapist, admin). */
export function clinicMonitoring(context: UseCaseContext): Promise<MonitoringReport> {
  return withRole(context, 'report.monitoring', ['therapist', 'admin'], async () => {
    const [clinic, patients] = await Promise.all([
      context.repos.accounts.findClinic(context.actor.clinicId),
      context.repos.patients.listByClinic(context.actor.clinicId, undefined),
    ]);
    const records = [];
    for (const patient of patients) records.push(await patientRecord(context.repos, patient));
    const asOf = todayIn(patients[0]?.timeZone ?? 'UTC');
    return clinicMonitoringReport({ clinicName: clinic?.name ?? '', records, asOf });
  });
}

/** The clinic's 30-day remote-monitoring report as CSV (therapist, admin). */
export async function monitoringCsv(context: UseCaseContext): Promise<string> {
  return monitoringReportCsv(await clinicMonitoring(context), localeOf(undefined, context.actor.locale));
}
