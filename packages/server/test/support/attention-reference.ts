import type { DayPlan, IsoDate } from '@minimus/core';
import { Planner } from '../../src/repositories/planner.js';
import type { Repositories } from '../../src/repositories/repositories.js';
import { attentionDay, openAlertsOf } from '../../src/services/attention-snapshot.js';
import type { PatientListItem } from '../../src/services/patient-list.js';
import { todayIn } from '../../src/services/plans.js';

/** How the list orders names: lower case, code point by code point, as `collate "C"` does. */
function byName(left: string, right: string): number {
  const a = left.toLowerCase();
  const b = right.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The clinic's list computed from scratch for `now`: every patient's plan, alerts and history read
 * and run through the engine, with no snapshot. Tests hold the snapshot list to it.
 */
export async function listFromScratch(
  repos: Repositories,
  clinicId: string,
  now: Date,
): Promise<PatientListItem[]> {
  const scored = [];
  const planner = new Planner(repos.history);
  for (const patient of await repos.patients.listByClinic(clinicId, undefined)) {
    const state = await planner.state(patient.id);
    const openAlerts = openAlertsOf(await repos.alerts.listForPatient(patient.id));
    const planFor = (date: IsoDate): DayPlan => planner.plan(state, date);
    const unread = await repos.messages.unreadFrom(patient.id, 'patient');
    const today = todayIn(patient.timeZone, now);
    const { day, score } = attentionDay(state, openAlerts, today, planFor, unread);
    const { checkIns, sessionLogs, redFlagScreens, tendinopathyScreens, fallsScreens, psfs } = state.history;
    const { maintenanceCheckIns } = state.history;
    const dates = [
      checkIns,
      sessionLogs,
      redFlagScreens,
      tendinopathyScreens,
      fallsScreens,
      maintenanceCheckIns,
      psfs,
    ]
      .flatMap((list: readonly { date: IsoDate }[]) => list.map((entry) => entry.date))
      .sort();
    const item: PatientListItem = {
      id: patient.id,
      name: patient.name,
      phase: day.phase,
      status: day.status,
      attention: { rank: 0, reasons: day.reasons },
      lastDataDate: dates.at(-1) ?? null,
      adherence7d: day.adherence7d,
      openAlerts: openAlerts.length,
      invitationUnused: (await repos.patients.invitationUnused([patient.id])).has(patient.id),
    };
    scored.push({ score, item });
  }
  scored.sort(
    (left, right) =>
      right.score - left.score ||
      byName(left.item.name, right.item.name) ||
      (left.item.id < right.item.id ? -1 : 1),
  );
  return scored.map(({ item }, index) => ({ ...item, attention: { ...item.attention, rank: index + 1 } }));
}
