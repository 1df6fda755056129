import { monitoringReportCsv } from '../exports/monitoring/monitoring-csv.js';
import { clinicMonitoringReport, type MonitoringReport } from '../exports/monitoring/monitoring-report.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import { localeOf, patientRecord } from './export-service.js';
import { withPatient } from './patient-access.js';
import { todayIn } from './plans.js';
import type { UseCaseContext } from './request-context.js';

const STAFF = ['therapist', 'admin'] as const;

/** One patient's 30-day monitoring periods, shaped as the clinic report with that patient alone. */
async function reportOf(context: UseCaseContext, patient: PatientRow): Promise<MonitoringReport> {
  const [clinic, record] = await Promise.all([
    context.repos.accounts.findClinic(patient.clinicId),
    patientRecord(context.repos, patient),
  ]);
  return clinicMonitoringReport({
    clinicName: clinic?.name ?? '',
    records: [record],
    asOf: todayIn(patient.timeZone),
  });
}

/** The monitoring report of one patient, as data for the clinician's page (therapist, admin). */
export function patientMonitoringReport(
  context: UseCaseContext,
  patientId: string,
): Promise<MonitoringReport> {
  return withPatient(context, patientId, 'report.monitoring', STAFF, (patient) => reportOf(context, patient));
}

/** The same report as CSV, in the caller's language, one row per 30-day period. */
export function patientMonitoringCsv(context: UseCaseContext, patientId: string): Promise<string> {
  return withPatient(context, patientId, 'report.monitoring', STAFF, async (patient) =>
    monitoringReportCsv(await reportOf(context, patient), localeOf(undefined, context.actor.locale)),
  );
}
