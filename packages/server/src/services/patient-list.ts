import {
  addDays,
  adherenceByWeek,
  type DayPlan,
  daysBetween,
  type History,
  type IsoDate,
} from '@minimus/core';
import type { AlertRow } from '../repositories/alert-repository.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import { laterDate } from './dates.js';
import { withRole } from './patient-access.js';
import { planningState, planOn, plansFrom, todayIn } from './plans.js';
import type { UseCaseContext } from './request-context.js';

export interface PatientListItem {
  id: string;
  name: string;
  phase: number;
  status: DayPlan['status'];
  attention: { rank: number; reasons: string[] };
  lastDataDate: IsoDate | null;
  adherence7d: number | null;
  openAlerts: number;
}

const SEVERITY_WEIGHT: Record<string, number> = { emergency: 1000, urgent: 500, warning: 100, info: 10 };
const QUIET_DAYS = 3;

function lastDataDate(history: History): IsoDate | null {
  const dates = [
    history.checkIns,
    history.sessionLogs,
    history.redFlagScreens,
    history.tendinopathyScreens,
    history.psfs,
  ]
    .map((list) => list.at(-1)?.date)
    .filter((date): date is IsoDate => date !== undefined);
  return dates.length ? (dates.sort().at(-1) ?? null) : null;
}

/** Why a patient needs the therapist, with a weight: red flags first, then alerts, silence, low adherence. */
export function attentionOf(
  plan: DayPlan,
  alerts: readonly AlertRow[],
  quietDays: number | null,
  adherence: number | null,
): { score: number; reasons: string[] } {
  const reasons: string[] = [];
  let score = 0;
  if (plan.status === 'suspended') {
    reasons.push('Program suspended after a red-flag answer');
    score += 2000;
  }
  for (const alert of alerts) {
    reasons.push(alert.message.en);
    score += SEVERITY_WEIGHT[alert.severity] ?? 10;
  }
  if (plan.status === 'active' && (quietDays === null || quietDays >= QUIET_DAYS)) {
    reasons.push(quietDays === null ? 'No data logged yet' : `No data for ${quietDays} days`);
    score += 50 + Math.min(quietDays ?? 0, 30);
  }
  if (adherence !== null && adherence < 0.5) {
    reasons.push(`Did ${Math.round(adherence * 100)}% of prescribed sessions in the last 7 days`);
    score += 20;
  }
  return { score, reasons };
}

async function itemFor(context: UseCaseContext, patient: PatientRow, alerts: readonly AlertRow[]) {
  const state = await planningState(context.repos, patient.id);
  const today = todayIn(patient.timeZone);
  const plan = planOn(state, today);
  const weekFrom = laterDate(addDays(today, -6), state.program.startDate);
  const week = weekFrom <= today ? plansFrom(state, weekFrom, daysBetween(weekFrom, today) + 1) : [];
  const adherence = week.length ? (adherenceByWeek(state.history, week)[0]?.share ?? null) : null;
  const last = lastDataDate(state.history);
  const attention = attentionOf(plan, alerts, last ? daysBetween(last, today) : null, adherence);
  return {
    score: attention.score,
    item: {
      id: patient.id,
      name: patient.name,
      phase: plan.phase,
      status: plan.status,
      attention: { rank: 0, reasons: attention.reasons },
      lastDataDate: last,
      adherence7d: adherence,
      openAlerts: alerts.length,
    },
  };
}

/** The clinic's patients, most in need of attention first; `rank` is the 1-based place in that order. */
export function listPatients(
  context: UseCaseContext,
  query: { query?: string | undefined; filter?: string | undefined },
): Promise<PatientListItem[]> {
  return withRole(context, 'patient.list', ['therapist', 'admin'], async () => {
    const patients = await context.repos.patients.listByClinic(context.actor.clinicId, query.query);
    const open = (await context.repos.alerts.listForClinic(context.actor.clinicId, 'open')).filter(
      (alert) => alert.notifyTherapist,
    );
    const scored = [];
    for (const patient of patients) {
      scored.push(
        await itemFor(
          context,
          patient,
          open.filter((alert) => alert.patientId === patient.id),
        ),
      );
    }
    scored.sort((left, right) => right.score - left.score || left.item.name.localeCompare(right.item.name));
    const items = scored.map(({ item }, index) => ({
      ...item,
      attention: { ...item.attention, rank: index + 1 },
    }));
    const filter = query.filter ?? 'all';
    if (filter === 'attention') return items.filter((item) => item.attention.reasons.length > 0);
    if (filter === 'all') return items;
    return items.filter((item) => item.status === filter);
  });
}
