import { MAX_PLAN_DAYS } from '@minimus/contract';
import {
  type DayPlan,
  DEFAULT_PROTOCOL,
  type IsoDate,
  type ProgramSummary,
  type Protocol,
  summariseProgram,
} from '@minimus/core';
import { AppError } from '../http/app-error.js';
import { laterDate } from './dates.js';
import { withPatient, withRole } from './patient-access.js';
import { todayIn } from './plans.js';
import { followedProtocol } from './program-protocol.js';
import type { UseCaseContext } from './request-context.js';

const READERS = ['patient', 'therapist', 'admin'] as const;

export function getPlan(
  context: UseCaseContext,
  patientId: string,
  date: IsoDate | undefined,
): Promise<DayPlan> {
  return withPatient(context, patientId, 'plan.read', READERS, async (patient) => {
    const state = await context.repos.planner.state(patient);
    return context.repos.planner.plan(state, date ?? todayIn(patient.timeZone));
  });
}

export function getPlans(
  context: UseCaseContext,
  patientId: string,
  from: IsoDate | undefined,
  days: number,
): Promise<DayPlan[]> {
  return withPatient(context, patientId, 'plans.read', READERS, async (patient) => {
    if (days > MAX_PLAN_DAYS) {
      throw new AppError('validation_failed', undefined, [
        { path: 'days', message: `must be at most ${MAX_PLAN_DAYS}` },
      ]);
    }
    const state = await context.repos.planner.state(patient);
    return context.repos.planner.plans(state, from ?? todayIn(patient.timeZone), days);
  });
}

/** Adherence, days with data, pain trend, PSFS change, limb symmetry and phase timeline up to today. */
export function getSummary(context: UseCaseContext, patientId: string): Promise<ProgramSummary> {
  return withPatient(context, patientId, 'summary.read', READERS, async (patient) => {
    const state = await context.repos.planner.state(patient);
    const today = todayIn(patient.timeZone);
    const to = laterDate(today, state.program.startDate);
    return summariseProgram(
      { protocol: state.protocol, program: state.program, history: state.history },
      state.program.startDate,
      to,
    );
  });
}

/** The protocol the caller's program follows (patients), or the clinic's default (staff). */
export function getProtocol(context: UseCaseContext): Promise<Protocol> {
  return withRole(context, 'protocol.read', ['patient', 'therapist', 'admin'], async () => {
    const patientId = context.actor.patientId;
    const current = patientId ? await context.repos.programs.latest(patientId) : null;
    return current ? followedProtocol(current.program.protocol) : DEFAULT_PROTOCOL;
  });
}
