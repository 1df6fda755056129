import type { MonitoringPeriod, MonitoringReport, PatientMonitoring } from '@minimus/contract';
import {
  type Alert,
  type AlertKind,
  adherenceByWeek,
  type DayPlan,
  dataPeriods,
  type IsoDate,
  planDays,
} from '@minimus/core';
import { type PatientRecord, requireDate, requireMatchingProtocol } from '../patient-record.js';

export type { MonitoringPeriod, MonitoringReport, PatientMonitoring };

function uniqueAlerts(plans: readonly DayPlan[]): Alert[] {
  const byKey = new Map<string, Alert>();
  for (const plan of plans)
    for (const alert of plan.alerts) if (!byKey.has(alert.key)) byKey.set(alert.key, alert);
  return [...byKey.values()];
}

function period(
  record: PatientRecord,
  plans: readonly DayPlan[],
  alerts: readonly Alert[],
  counted: { from: IsoDate; to: IsoDate; daysWithData: number; meetsSixteenDays: boolean },
  asOf: IsoDate,
): MonitoringPeriod {
  const inPeriod = plans.filter((plan) => plan.date >= counted.from && plan.date <= counted.to);
  const weeks = adherenceByWeek(record.history, inPeriod);
  const prescribedSessions = weeks.reduce((sum, week) => sum + week.prescribedSessions, 0);
  const doneSessions = weeks.reduce((sum, week) => sum + week.doneSessions, 0);
  return {
    ...counted,
    complete: counted.to <= asOf,
    prescribedSessions,
    doneSessions,
    adherence: prescribedSessions > 0 ? doneSessions / prescribedSessions : null,
    alerts: alerts.filter((alert) => alert.date >= counted.from && alert.date <= counted.to),
  };
}

/**
 * One patient's 30-day monitoring periods from the program start to `asOf`: days with logged data,
 * adherence to the prescribed sessions, and the alerts raised, each period counted on its own.
 *
 * @example
 * patientMonitoring(record, '2026-05-31').periods.map((period) => period.daysWithData);
 */
export function patientMonitoring(record: PatientRecord, asOf: IsoDate): PatientMonitoring {
  requireMatchingProtocol(record);
  requireDate(asOf, 'asOf');
  const { protocol, program, history } = record;
  const plans = planDays({ protocol, program, history }, program.startDate, asOf);
  // An alert stays on the plans for days; it belongs to the period of the data that raised it.
  const alerts = uniqueAlerts(plans);
  const periods = asOf < program.startDate ? [] : dataPeriods(history, program.startDate, asOf);
  return {
    patientId: record.patient.id,
    patientName: record.patient.name,
    therapistName: record.therapist.name,
    programStart: program.startDate,
    periods: periods.map((counted) => period(record, plans, alerts, counted, asOf)),
  };
}

function noAlerts(): Record<AlertKind, number> {
  return {
    'red-flag': 0,
    'significant-setback': 0,
    setback: 0,
    'exercise-stopped': 0,
    'no-improvement': 0,
    'risk-factor': 0,
    'therapist-review': 0,
    'physician-referral': 0,
    'confirmation-needed': 0,
    'message-warning-sign': 0,
  };
}

/**
 * The clinic's monitoring report: every patient's periods and the clinic totals, as a plain object a page
 * can render or `monitoringReportCsv` can write out.
 */
export function clinicMonitoringReport(input: {
  clinicName: string;
  records: readonly PatientRecord[];
  asOf: IsoDate;
}): MonitoringReport {
  const patients = input.records.map((record) => patientMonitoring(record, input.asOf));
  const alertsByKind = noAlerts();
  for (const patient of patients)
    for (const counted of patient.periods) for (const alert of counted.alerts) alertsByKind[alert.kind] += 1;
  const meeting = patients.filter(
    (patient) => patient.periods.filter((counted) => counted.complete).at(-1)?.meetsSixteenDays === true,
  );
  return {
    clinicName: input.clinicName,
    asOf: input.asOf,
    patients,
    totals: { patients: patients.length, patientsMeetingSixteenDays: meeting.length, alertsByKind },
  };
}
