import type { DayPlan, History, IsoDate, Program, Protocol } from '@minimus/core';

/** What the engine needs for one patient: the protocol and program in force, and the history. */
export interface PlanningState {
  patientId: string;
  protocol: Protocol;
  program: Program;
  /** The program's version number. */
  version: number;
  history: History;
}

interface Entry {
  dataVersion: number;
  state: PlanningState;
  plans: Map<IsoDate, DayPlan>;
}

/** How many dates' plans one patient's entry keeps (today and the week ahead, with room to spare). */
const PLANS_PER_PATIENT = 32;

/**
 * The planning state of recently seen patients, each filed under the `patient.data_version` it was read
 * at, with the plans already computed from it. The database raises that version in the same transaction
 * as any change the engine would see, and every request reads the patient row anyway, so an entry is used
 * only while it is exactly current, whichever server instance made the change (ADR 0005).
 * Least recently used entries go first once `capacity` patients are held.
 *
 * @example
 * const cache = new PlanningCache(1000);
 * cache.put(patient.id, 7, state);
 * cache.get(patient.id, 7); // the state; cache.get(patient.id, 8) is undefined
 */
export class PlanningCache {
  readonly #entries = new Map<string, Entry>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.#entries.size;
  }

  get(patientId: string, dataVersion: number): PlanningState | undefined {
    return this.#touch(patientId, dataVersion)?.state;
  }

  put(patientId: string, dataVersion: number, state: PlanningState): void {
    const held = this.#entries.get(patientId);
    // A slower request may bring an older read back: keep the newer one.
    if (held && held.dataVersion > dataVersion) return;
    this.#file(patientId, { dataVersion, state, plans: new Map() });
  }

  #file(patientId: string, entry: Entry): void {
    this.#entries.delete(patientId);
    this.#entries.set(patientId, entry);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  /**
   * Files `next`, the state one stored record on from `state`, under `dataVersion`. The plans of dates
   * before `unchangedBefore` carry over from `state` (the engine reads nothing recorded after a plan's
   * date), and `plans`, computed from `next`, are kept beside them.
   */
  advance(
    state: PlanningState,
    dataVersion: number,
    next: PlanningState,
    unchangedBefore: IsoDate,
    plans: readonly DayPlan[],
  ): void {
    const held = this.#entries.get(state.patientId);
    if (held && held.dataVersion >= dataVersion) return;
    const kept = new Map<IsoDate, DayPlan>();
    if (held?.state === state) {
      for (const [date, plan] of held.plans) if (date < unchangedBefore) kept.set(date, plan);
    }
    for (const plan of plans) kept.set(plan.date, plan);
    this.#file(state.patientId, { dataVersion, state: next, plans: kept });
  }

  /** The plan of `date` from a cached state, computing and keeping it on first use. */
  plan(state: PlanningState, date: IsoDate, compute: () => DayPlan): DayPlan {
    const entry = this.#entries.get(state.patientId);
    if (!entry || entry.state !== state) return compute();
    const known = entry.plans.get(date);
    if (known) return known;
    const plan = compute();
    if (entry.plans.size >= PLANS_PER_PATIENT) entry.plans.clear();
    entry.plans.set(date, plan);
    return plan;
  }

  /**
   * The plans of consecutive dates from a cached state: those all kept already are returned as they
   * are; otherwise `computeAll` plans the whole run (in one walk) and each plan is kept.
   */
  plansOf(state: PlanningState, dates: readonly IsoDate[], computeAll: () => DayPlan[]): DayPlan[] {
    const entry = this.#entries.get(state.patientId);
    if (!entry || entry.state !== state) return computeAll();
    const known = dates.map((date) => entry.plans.get(date));
    if (known.every((plan): plan is DayPlan => plan !== undefined)) return known;
    const plans = computeAll();
    if (entry.plans.size + plans.length > PLANS_PER_PATIENT) entry.plans.clear();
    for (const plan of plans.slice(0, PLANS_PER_PATIENT)) entry.plans.set(plan.date, plan);
    return plans;
  }

  #touch(patientId: string, dataVersion: number): Entry | undefined {
    const entry = this.#entries.get(patientId);
    if (!entry || entry.dataVersion !== dataVersion) return undefined;
    this.#entries.delete(patientId);
    this.#entries.set(patientId, entry);
    return entry;
  }
}
