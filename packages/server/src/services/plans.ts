import {
  addDays,
  type DayPlan,
  GLUTEUS_MINIMUS_PROTOCOL,
  type History,
  type IsoDate,
  type Program,
  type Protocol,
  type ProtocolRef,
  planDay,
} from '@minimus/core';
import { AppError } from '../http/app-error.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { Repositories } from '../repositories/repositories.js';

const PROTOCOLS: readonly Protocol[] = [GLUTEUS_MINIMUS_PROTOCOL];

/** The protocol a program follows, by id and version. */
export function protocolFor(ref: ProtocolRef): Protocol {
  const found = PROTOCOLS.find((protocol) => protocol.id === ref.id && protocol.version === ref.version);
  if (!found) throw new Error(`unknown protocol ${ref.id}@${ref.version}`);
  return found;
}

/** The calendar date it is now in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export interface PlanningState {
  protocol: Protocol;
  program: Program;
  version: number;
  history: History;
}

export async function planningState(repos: Repositories, patientId: string): Promise<PlanningState> {
  const [current, history] = await Promise.all([
    repos.programs.latest(patientId),
    repos.history.load(patientId),
  ]);
  if (!current) throw new AppError('not_found', 'This patient has no program yet');
  return {
    protocol: protocolFor(current.program.protocol),
    program: current.program,
    version: current.version,
    history,
  };
}

export function planOn(state: PlanningState, date: IsoDate): DayPlan {
  return planDay({ protocol: state.protocol, program: state.program, history: state.history, date });
}

export function plansFrom(state: PlanningState, from: IsoDate, days: number): DayPlan[] {
  return Array.from({ length: days }, (_, index) => planOn(state, addDays(from, index)));
}

/**
 * Recomputes today's plan after a write and stores its alerts by key, so the therapist's list shows
 * what the engine says now without a duplicate for an alert seen before.
 */
export async function refreshAlerts(repos: Repositories, patient: PatientRow): Promise<DayPlan> {
  const state = await planningState(repos, patient.id);
  const plan = planOn(state, todayIn(patient.timeZone));
  await repos.alerts.upsert(patient.id, plan.alerts);
  return plan;
}
