import {
  addDays,
  alertsOfPlans,
  type DayPlan,
  firstDateToFile,
  type HistoryAddition,
  type IsoDate,
  planDay,
  planDays,
  withRecord,
} from '@minimus/core';
import { AppError } from '../http/app-error.js';
import { followedProtocol } from '../services/program-protocol.js';
import type { HistoryRepository } from './history-repository.js';
import type { PlanningCache, PlanningState } from './planning-cache.js';

export type { PlanningState };

/** A patient as far as planning goes: the id, and the data version its row was read at. */
export type PlannedPatient = { id: string; dataVersion: number };

/**
 * The one way to the engine's plans for a patient. It reads the planning state (program, protocol and
 * history) and keeps it, with the plans computed from it, in this process's planning cache when there is
 * one, filed under the data version it was read at (ADR 0005). After a write it moves the kept state on
 * by the stored record instead of reading the whole history again (ADR 0008).
 *
 * @example
 * const state = await planner.state(patient);
 * planner.plan(state, '2026-03-10').exercises;
 */
export class Planner {
  readonly #history: Pick<HistoryRepository, 'loadForPlanning'>;
  readonly #cache: PlanningCache | undefined;

  constructor(history: Pick<HistoryRepository, 'loadForPlanning'>, cache?: PlanningCache) {
    this.#history = history;
    this.#cache = cache;
  }

  /**
   * What the engine needs for a patient. A state kept at the data version the caller read is used as it
   * is; otherwise it is read in one statement and kept under the version it was read at. Given only an
   * id, it is always read. Kept states are shared and never changed by their readers.
   */
  async state(patient: string | PlannedPatient): Promise<PlanningState> {
    const patientId = typeof patient === 'string' ? patient : patient.id;
    if (typeof patient !== 'string') {
      const kept = this.#cache?.get(patientId, patient.dataVersion);
      if (kept) return kept;
    }
    return (await this.#read(patientId)).state;
  }

  /**
   * The state and the data version it stands for: the one kept at the version the caller read, or
   * else a fresh read (which may be newer).
   */
  async stateAt(patient: PlannedPatient): Promise<{ state: PlanningState; dataVersion: number }> {
    const kept = this.#cache?.get(patient.id, patient.dataVersion);
    if (kept) return { state: kept, dataVersion: patient.dataVersion };
    return this.#read(patient.id);
  }

  async #read(patientId: string): Promise<{ state: PlanningState; dataVersion: number }> {
    const inputs = await this.#history.loadForPlanning(patientId);
    if (!inputs?.program) throw new AppError('not_found', 'This patient has no program yet');
    const state: PlanningState = {
      patientId,
      protocol: followedProtocol(inputs.program.program.protocol),
      program: inputs.program.program,
      version: inputs.program.version,
      history: inputs.history,
    };
    this.#cache?.put(patientId, inputs.dataVersion, state);
    return { state, dataVersion: inputs.dataVersion };
  }

  /** The state kept at exactly `dataVersion`, if any. */
  kept(patientId: string, dataVersion: number): PlanningState | undefined {
    return this.#cache?.get(patientId, dataVersion);
  }

  plan(state: PlanningState, date: IsoDate): DayPlan {
    const compute = () =>
      planDay({ protocol: state.protocol, program: state.program, history: state.history, date });
    return this.#cache ? this.#cache.plan(state, date, compute) : compute();
  }

  /** The plans of `days` consecutive dates from `from`, planned in one walk through the phases. */
  plans(state: PlanningState, from: IsoDate, days: number): DayPlan[] {
    if (days <= 0) return [];
    const compute = () =>
      planDays(
        { protocol: state.protocol, program: state.program, history: state.history },
        from,
        addDays(from, days - 1),
      );
    if (!this.#cache) return compute();
    const dates = Array.from({ length: days }, (_, index) => addDays(from, index));
    return this.#cache.plansOf(state, dates, compute);
  }

  /**
   * The state after one record is stored on top of `state`, the plans from the record's date to `today`
   * from it (one walk), and the alerts those plans raise: data that arrives late still alerts once, on
   * the date it belongs to (CLINICAL 6). Nothing is kept yet: `keep` files it under the data version the
   * store answered.
   */
  advance(state: PlanningState, addition: HistoryAddition, today: IsoDate) {
    const next: PlanningState = { ...state, history: withRecord(state.history, addition) };
    const input = { protocol: next.protocol, program: next.program, history: next.history };
    const earliest = firstDateToFile(state.history, addition.entry.date, next.program.startDate);
    const from = earliest < today ? earliest : today;
    const plans = planDays(input, from, today);
    const plan = plans.at(-1) ?? planDay({ ...input, date: today });
    const alerts = alertsOfPlans(plans);
    const keep = (dataVersion: number) =>
      this.#cache?.advance(state, dataVersion, next, addition.entry.date, plans);
    return { next, plan, alerts, keep };
  }
}
