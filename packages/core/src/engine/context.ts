import type { IsoDate } from '../calendar/calendar.js';
import type { History } from '../history/history.js';
import type { Attribution, Program } from '../program/program.js';
import type { Protocol } from '../protocol/protocol.js';

/** What the engine needs to compute one day: everything is passed in, nothing is read from outside. */
export interface PlanInput {
  protocol: Protocol;
  program: Program;
  /** Every list sorted by date, oldest first (`sortHistory`). Entries after `date` are ignored. */
  history: History;
  /** The calendar day to plan, in the patient's time zone. */
  date: IsoDate;
}

/** The latest therapist entry in effect on `date` that matches, if any. */
export function latestEffective<T extends Attribution>(
  entries: readonly T[],
  date: IsoDate,
  matches: (entry: T) => boolean = () => true,
): T | undefined {
  let found: T | undefined;
  for (const entry of entries) {
    if (entry.effectiveFrom > date || !matches(entry)) continue;
    if (found === undefined || entry.effectiveFrom >= found.effectiveFrom) found = entry;
  }
  return found;
}

/** The program's resistance weekdays, or the protocol's default. */
export function resistanceWeekdays(input: Pick<PlanInput, 'protocol' | 'program'>): readonly number[] {
  return input.program.resistanceWeekdays ?? input.protocol.resistance.defaultWeekdays;
}

/** Load in kg the side-lying abduction must reach for the phase 2 gate. */
export function resistanceTargetKg(input: Pick<PlanInput, 'protocol' | 'program'>): number {
  return input.program.resistanceTargetKg ?? input.protocol.gates.resistanceTarget.loadKgDefault;
}
