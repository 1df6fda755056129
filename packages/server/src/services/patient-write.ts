import type { DayPlan, HistoryAddition, IsoDate } from '@minimus/core';
import type { Role } from '../auth/actor.js';
import { AppError } from '../http/app-error.js';
import type { Stored } from '../repositories/history-repository.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { PlanningState } from '../repositories/planner.js';
import type { Repositories } from '../repositories/repositories.js';
import { audit, outcomeOf, visiblePatient } from './patient-access.js';
import { todayIn } from './plans.js';
import type { UseCaseContext } from './request-context.js';

/** What a device write sees inside its transaction, with the patient's row locked. */
export interface PatientWrite {
  patient: PatientRow;
  /** The planning state as it stands under the lock, before this write. */
  state: PlanningState;
  /** Repositories bound to the write's transaction. */
  repos: Repositories;
  /** The patient's calendar date now. */
  today: IsoDate;
  /** The plan of a date from the state before this write. */
  plan(date: IsoDate): DayPlan;
}

/** What a write stored, and the record it adds to the history when it was new. */
export interface Recorded<T> {
  stored: Stored<T>;
  addition: HistoryAddition;
}

/**
 * A write from a device as one command in one transaction (ADR 0008): authorise, lock the patient's row,
 * take the planning state at the locked version (kept in memory, or read), check and store the record,
 * store the alerts of today's plan with the record in it, and the audit row. Once committed, the state
 * kept in memory moves on by the record instead of being read again. A replayed write (same clientId)
 * stores nothing new and changes no state.
 *
 * @example
 * await writeForPatient(context, patientId, 'check-in.create', ['patient'], async (write) => ({ stored, addition }));
 */
export async function writeForPatient<T>(
  context: UseCaseContext,
  patientId: string,
  action: string,
  roles: readonly Role[],
  command: (write: PatientWrite) => Promise<Recorded<T>>,
): Promise<Stored<T>> {
  try {
    const patient = await visiblePatient(context, patientId, roles);
    const { planner } = context.repos;
    let keep: (() => void) | undefined;
    const stored = await context.repos.transaction(async (repos) => {
      const locked = await repos.patients.lockForWrite(patient.id);
      if (!locked) throw new AppError('not_found', 'No such patient');
      const state =
        planner.kept(patient.id, locked.dataVersion) ?? (await planner.read(patient.id, repos.history));
      const today = todayIn(locked.timeZone);
      const write = { patient, state, repos, today, plan: (date: IsoDate) => planner.plan(state, date) };
      const { stored, addition } = await command(write);
      if (stored.created) {
        const advanced = planner.advance(state, addition, today);
        await repos.alerts.upsert(patient.id, advanced.plan.alerts);
        // Each stored record raises the data version by one (migration 0002), and the lock lets no
        // other write in between.
        keep = () => advanced.keep(locked.dataVersion + 1);
      }
      await audit({ ...context, repos }, action, patient.id, 'allowed');
      return stored;
    });
    keep?.();
    return stored;
  } catch (error) {
    await audit(context, action, patientId, outcomeOf(error));
    throw error;
  }
}
