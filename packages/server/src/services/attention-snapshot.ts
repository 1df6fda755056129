import {
  addDays,
  adherenceByWeek,
  adherenceNudgeWindow,
  attentionOf,
  type DayPlan,
  daysBetween,
  type IsoDate,
  latestDeviceRecordDate,
  lowAdherenceAlert,
  type OpenAlert,
  reminderDayOf,
} from '@minimus/core';
import { AppError } from '../http/app-error.js';
import type { AlertRow } from '../repositories/alert-repository.js';
import type { AttentionDay, AttentionSnapshot } from '../repositories/attention-repository.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { PlanningState } from '../repositories/planner.js';
import type { Repositories } from '../repositories/repositories.js';
import { laterDate } from './dates.js';
import { todayIn } from './plans.js';

/**
 * Days a snapshot covers from the patient's today. A patient who logs nothing for longer is recomputed
 * when the list is next read; each write starts a new horizon.
 */
export const HORIZON_DAYS = 8;

/** What computing and storing a patient's attention reads and writes. */
export type AttentionRepos = Pick<Repositories, 'attention' | 'planner' | 'alerts' | 'messages'>;

/** The open alerts the therapist was told of, in the words written for the therapist. */
export function openAlertsOf(alerts: readonly AlertRow[]): OpenAlert[] {
  return alerts
    .filter((alert) => alert.status === 'open' && alert.notifyTherapist)
    .map(({ id, kind, severity, date, ruleId, therapistMessage }) => ({
      id,
      kind,
      severity,
      date,
      ruleId,
      message: therapistMessage,
    }));
}

/**
 * The plans a horizon from `today` needs, its days and their 7-day adherence windows, planned in one
 * walk, by date.
 */
function horizonPlans(state: PlanningState, today: IsoDate, repos: Pick<Repositories, 'planner'>) {
  const windowStart = laterDate(addDays(today, -6), state.program.startDate);
  const from = windowStart < today ? windowStart : today;
  const days = daysBetween(from, today) + HORIZON_DAYS;
  const plans = new Map(repos.planner.plans(state, from, days).map((plan) => [plan.date, plan]));
  return (date: IsoDate): DayPlan => plans.get(date) ?? repos.planner.plan(state, date);
}

/** What the list shows of a patient on `date`, given the history and open alerts as they stand. */
export function attentionDay(
  state: PlanningState,
  openAlerts: readonly OpenAlert[],
  date: IsoDate,
  planFor: (date: IsoDate) => DayPlan,
  unreadMessages = 0,
): { day: AttentionDay; score: number } {
  const plan = planFor(date);
  const weekFrom = laterDate(addDays(date, -6), state.program.startDate);
  const week =
    weekFrom <= date
      ? Array.from({ length: daysBetween(weekFrom, date) + 1 }, (_, index) =>
          planFor(addDays(weekFrom, index)),
        )
      : [];
  const adherence = week.length ? (adherenceByWeek(state.history, week)[0]?.share ?? null) : null;
  const last = latestDeviceRecordDate(state.history);
  const attention = attentionOf({
    plan,
    openAlerts,
    quietDays: last ? daysBetween(last, date) : null,
    adherence,
    unreadMessages,
  });
  return {
    score: attention.score,
    day: {
      date,
      phase: plan.phase,
      status: plan.status,
      adherence7d: adherence,
      reasons: attention.reasons,
      sessionDue: reminderDayOf(plan).sessionDue,
    },
  };
}

/**
 * The adherence nudge (CLINICAL 7): fewer than half the prescribed sessions two program weeks running
 * files a therapist alert, dated by the data (ADR 0009). It rests on days without data, so no device
 * write raises it: it is filed whenever the patient's attention is computed (after any change, and when
 * the clinic's list finds the snapshot's days run out). Returns whether an alert was filed.
 */
async function fileAdherenceNudge(
  repos: Pick<Repositories, 'planner' | 'alerts'>,
  state: PlanningState,
  today: IsoDate,
): Promise<boolean> {
  const window = adherenceNudgeWindow(state.protocol, state.program, today);
  if (!window) return false;
  const plans = repos.planner.plans(state, window.from, daysBetween(window.from, window.to) + 1);
  const alert = lowAdherenceAlert(state.protocol, state.history, plans);
  if (!alert) return false;
  await repos.alerts.upsert(state.patientId, [alert]);
  return true;
}

/**
 * Computes a patient's attention for today and the days after it and stores it, labelled with the
 * versions read before the data, so a change that lands meanwhile leaves it visibly out of date.
 * Returns false when the patient has no program to plan from.
 */
export async function refreshAttention(
  repos: AttentionRepos,
  patientId: string,
  now = new Date(),
): Promise<boolean> {
  let patient = await repos.attention.versionsOf(patientId);
  if (!patient) return false;
  let state: PlanningState;
  try {
    state = await repos.planner.state({ id: patientId, dataVersion: patient.dataVersion });
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return false;
    throw error;
  }
  if (await fileAdherenceNudge(repos, state, todayIn(patient.timeZone, now))) {
    patient = await repos.attention.versionsOf(patientId);
    if (!patient) return false;
  }
  const openAlerts = openAlertsOf(await repos.alerts.listForPatient(patientId));
  const unread = await repos.messages.unreadFrom(patientId, 'patient');
  const today = todayIn(patient.timeZone, now);
  const planFor = horizonPlans(state, today, repos);
  const computed = Array.from({ length: HORIZON_DAYS }, (_, index) =>
    attentionDay(state, openAlerts, addDays(today, index), planFor, unread),
  );
  const snapshot: AttentionSnapshot = {
    patientId,
    clinicId: patient.clinicId,
    dataVersion: patient.dataVersion,
    alertsVersion: patient.alertsVersion,
    messagesVersion: patient.messagesVersion,
    horizonStart: today,
    days: computed.map((entry) => entry.day),
    scores: computed.map((entry) => entry.score),
    lastDataDate: latestDeviceRecordDate(state.history),
    openAlerts: openAlerts.length,
  };
  await repos.attention.store(snapshot);
  return true;
}

/**
 * Recomputes today's plan after a change and stores its alerts by key, so the therapist's list shows
 * what the engine says now without a duplicate for an alert seen before.
 */
async function refreshAlerts(repos: Repositories, patient: PatientRow): Promise<DayPlan> {
  const state = await repos.planner.state(patient.id);
  const plan = repos.planner.plan(state, todayIn(patient.timeZone));
  await repos.alerts.upsert(patient.id, plan.alerts);
  return plan;
}

/**
 * After a change to a patient's program or the therapist's measurements: stores today's alerts, then the
 * attention snapshot that reads them, so the clinic's list needs no engine run for this patient until
 * the horizon passes. (Device writes take the cheaper way of `writeForPatient`.)
 */
export async function refreshAfterChange(repos: Repositories, patient: PatientRow): Promise<DayPlan> {
  const plan = await refreshAlerts(repos, patient);
  await refreshAttention(repos, patient.id);
  return plan;
}
