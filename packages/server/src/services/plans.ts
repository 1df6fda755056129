import { addDays, type DayPlan, type IsoDate, planDay, planDays } from '@minimus/core';
import { AppError } from '../http/app-error.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { PlanningCache, PlanningState } from '../repositories/planning-cache.js';
import type { Repositories } from '../repositories/repositories.js';
import { followedProtocol } from './program-protocol.js';

interface ZoneDay {
  format: Intl.DateTimeFormat;
  /** The last minute asked about (minutes since 1970, UTC) and the date it was in this zone. */
  minute: number;
  date: IsoDate;
}

const zoneDays = new Map<string, ZoneDay>();

/**
 * The calendar date it is now in a time zone. Each zone's formatter is built once, and its answer is
 * kept for the rest of the minute: every zone in use today is a whole number of minutes from UTC, so a
 * date cannot change within one.
 */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  const minute = Math.floor(now.getTime() / 60_000);
  let zone = zoneDays.get(timeZone);
  if (!zone) {
    const format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    zone = { format, minute: Number.NaN, date: '' };
    zoneDays.set(timeZone, zone);
  }
  if (zone.minute !== minute) {
    zone.date = zone.format.format(now);
    zone.minute = minute;
  }
  return zone.date;
}

export type { PlanningState };

/**
 * What the engine needs for a patient. Given the patient row (whose `dataVersion` the caller has just
 * read), a state cached at that same version is used as is; otherwise the state is read in one statement
 * and cached under the version it was read at. Shared states are never changed by their readers.
 */
export async function planningState(
  repos: Repositories,
  patient: string | Pick<PatientRow, 'id' | 'dataVersion'>,
): Promise<PlanningState> {
  const patientId = typeof patient === 'string' ? patient : patient.id;
  const cache = repos.planningCache;
  if (cache && typeof patient !== 'string') {
    const cached = cache.get(patientId, patient.dataVersion);
    if (cached) return cached;
  }
  const inputs = await repos.history.loadForPlanning(patientId);
  if (!inputs?.program) throw new AppError('not_found', 'This patient has no program yet');
  const state: PlanningState = {
    patientId,
    protocol: followedProtocol(inputs.program.program.protocol),
    program: inputs.program.program,
    version: inputs.program.version,
    history: inputs.history,
  };
  cache?.put(patientId, inputs.dataVersion, state);
  return state;
}

export function planOn(state: PlanningState, date: IsoDate, cache?: PlanningCache): DayPlan {
  const compute = () =>
    planDay({ protocol: state.protocol, program: state.program, history: state.history, date });
  return cache ? cache.plan(state, date, compute) : compute();
}

/** The plans of `days` consecutive dates from `from`, planned in one walk through the phases. */
export function plansFrom(
  state: PlanningState,
  from: IsoDate,
  days: number,
  cache?: PlanningCache,
): DayPlan[] {
  if (days <= 0) return [];
  const compute = () =>
    planDays(
      { protocol: state.protocol, program: state.program, history: state.history },
      from,
      addDays(from, days - 1),
    );
  if (!cache) return compute();
  const dates = Array.from({ length: days }, (_, index) => addDays(from, index));
  return cache.plansOf(state, dates, compute);
}

/**
 * Recomputes today's plan after a write and stores its alerts by key, so the therapist's list shows
 * what the engine says now without a duplicate for an alert seen before.
 */
export async function refreshAlerts(repos: Repositories, patient: PatientRow): Promise<DayPlan> {
  const state = await planningState(repos, patient.id);
  const plan = planOn(state, todayIn(patient.timeZone), repos.planningCache);
  await repos.alerts.upsert(patient.id, plan.alerts);
  return plan;
}
