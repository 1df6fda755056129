import type { AlertKind, Locale } from '@minimus/core';
import { type CsvCell, toCsv } from './csv.js';
import type { MonitoringPeriod, MonitoringReport, PatientMonitoring } from './monitoring-report.js';

const HEADER: Readonly<Record<Locale, readonly string[]>> = {
  en: [
    'Patient ID',
    'Patient',
    'Therapist',
    'Period from',
    'Period to',
    'Period complete',
    'Days with data',
    '16 days reached',
    'Sessions prescribed',
    'Sessions done',
    'Adherence %',
    'Alerts',
    'Red flags',
    'Significant setbacks',
    'Setbacks',
  ],
  es: [
    'ID paciente',
    'Paciente',
    'Fisioterapeuta',
    'Periodo desde',
    'Periodo hasta',
    'Periodo completo',
    'Días con datos',
    '16 días alcanzados',
    'Sesiones prescritas',
    'Sesiones hechas',
    'Adherencia %',
    'Alertas',
    'Señales de alarma',
    'Recaídas importantes',
    'Recaídas',
  ],
};

function count(period: MonitoringPeriod, kind: AlertKind): number {
  return period.alerts.filter((alert) => alert.kind === kind).length;
}

function row(patient: PatientMonitoring, period: MonitoringPeriod): CsvCell[] {
  return [
    patient.patientId,
    patient.patientName,
    patient.therapistName,
    period.from,
    period.to,
    period.complete,
    period.daysWithData,
    period.meetsSixteenDays,
    period.prescribedSessions,
    period.doneSessions,
    period.adherence === null ? null : Math.round(period.adherence * 100),
    period.alerts.length,
    count(period, 'red-flag'),
    count(period, 'significant-setback'),
    count(period, 'setback'),
  ];
}

/**
 * The monitoring report as CSV, one row per patient and 30-day period. Names come from people, so every
 * text field is made safe against spreadsheet formula injection; booleans read `yes`/`no`.
 *
 * @example
 * monitoringReportCsv(clinicMonitoringReport({ clinicName, records, asOf: '2026-05-31' }), 'en');
 */
export function monitoringReportCsv(report: MonitoringReport, locale: Locale): string {
  const rows = report.patients.flatMap((patient) => patient.periods.map((period) => row(patient, period)));
  return toCsv([HEADER[locale], ...rows]);
}
