import { randomUUID } from 'node:crypto';
import type { DayPlan, HistoryAddition, IsoDate } from '@minimus/core';
import type { Role } from '../auth/actor.js';
import { AppError } from '../http/app-error.js';
import type { DeviceRecord, DeviceTable } from '../repositories/device-write.js';
import type { Stored } from '../repositories/history-repository.js';
import type { PatientRow } from '../repositories/patient-repository.js';
import type { PlanningState } from '../repositories/planner.js';
import { audit, outcomeOf, visiblePatient } from './patient-access.js';
import { todayIn } from './plans.js';
import type { UseCaseContext } from './request-context.js';

/** What a device write is planned from: the patient, and the planning state at a known data version. */
export interface PatientWrite {
  patient: PatientRow;
  state: PlanningState;
  /** The patient's calendar date now. */
  today: IsoDate;
  /** The plan of a date from `state`. */
  plan(date: IsoDate): DayPlan;
  /** A new record's id, made here so the kept state can hold the record before the database answers. */
  newId: string;
}

/** What a write would store, once checked: the table, the record as stored, and its place in the history. */
export interface DeviceWrite {
  table: DeviceTable;
  record: DeviceRecord & { id: string; clientId: string };
  addition: HistoryAddition;
}

/**
 * A write planned from a state another write has since replaced is planned again, this often at most.
 * Each round stores at least one of the writes racing for a patient, so this covers far more phones
 * writing to one patient at once than a patient has.
 */
const ATTEMPTS = 32;

/**
 * A write from a device as one command (ADR 0008): authorise; check the record and plan today with it
 * from the planning state kept in memory (or read once); then one call stores the record, the alerts of
 * that plan and the audit row, if no other write came first (otherwise the write is planned again from
 * the newer state). Once stored, the kept state moves on by the record instead of being read again.
 * A replayed write (same clientId) stores nothing and answers the stored record.
 *
 * @example
 * await writeForPatient(context, patientId, 'check-in.create', ['patient'], (write) => checkInWrite(write, input));
 */
export async function writeForPatient<T>(
  context: UseCaseContext,
  patientId: string,
  action: string,
  roles: readonly Role[],
  command: (write: PatientWrite) => DeviceWrite,
): Promise<Stored<T>> {
  try {
    let patient = await visiblePatient(context, patientId, roles);
    const { planner, deviceWrites } = context.repos;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const { state, dataVersion } = await planner.stateAt(patient);
      const today = todayIn(patient.timeZone);
      const plan = (date: IsoDate) => planner.plan(state, date);
      const write = command({ patient, state, today, plan, newId: randomUUID() });
      const advanced = planner.advance(state, write.addition, today);
      const { actor } = context;
      const answer = await deviceWrites.record({
        table: write.table,
        patientId: patient.id,
        expectedDataVersion: dataVersion,
        record: write.record,
        alerts: advanced.alerts,
        audit: {
          actorId: actor.userId,
          actorRole: actor.role,
          clinicId: actor.clinicId,
          action,
          requestId: context.requestId,
        },
      });
      if (answer.outcome === 'created') {
        advanced.keep(answer.dataVersion);
        return { created: true, record: write.record as Stored<T>['record'] };
      }
      if (answer.outcome === 'replayed')
        return { created: false, record: answer.record as Stored<T>['record'] };
      patient = { ...patient, dataVersion: answer.dataVersion };
    }
    throw new AppError('conflict', 'Too many writes to this patient at once; try again');
  } catch (error) {
    await audit(context, action, patientId, outcomeOf(error));
    throw error;
  }
}
