import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { SessionLog } from '../history/history.js';
import { conditionOn } from './condition.js';
import { awaitingConfirmation } from './confirmation.js';
import { latestEffective, type PlanInput } from './context.js';
import type { PhaseDrop, PhaseState } from './gates.js';
import { dischargeGate, painSubsidesGate, resistanceGate, restGate } from './gates.js';
import { latestOnOrBefore } from './history-window.js';
import { tendinopathyLoadingGate } from './pathway-gates.js';
import type { RuleId } from './plan.js';
import { redFlagStatusOn } from './red-flag.js';
import { significantSetback } from './significant-setback.js';

/** A change of phase found while walking from the anchor to the planned day. */
export interface PhaseTransition {
  date: IsoDate;
  from: PhaseState;
  to: PhaseState;
  ruleId: RuleId;
  author: string | null;
}

interface Anchor {
  state: PhaseState;
  /** First day on which transitions are evaluated. */
  firstDay: IsoDate;
}

/**
 * Where to start walking from: the phase stamped on the latest session log, or a later therapist
 * override, or the program start. The walk is then as long as the gap since that anchor, not the whole
 * history (docs/adr/0002-session-logs-carry-the-prescription.md).
 */
function anchorFor(input: PlanInput, date: IsoDate): Anchor {
  const log = latestOnOrBefore(input.history.sessionLogs, addDays(date, -1));
  const override = latestEffective(input.program.phaseOverrides, date);
  if (override && (!log || override.effectiveFrom >= log.date)) {
    const state: PhaseState = {
      phase: override.phase,
      startDate: override.effectiveFrom,
      ruleId: 'therapist.phase-override',
      discharged: false,
      // The 14-day rule still counts a drop the engine made before the therapist set the phase.
      lastDrop: log ? lastDropOf(log) : null,
    };
    return { state, firstDay: addDays(override.effectiveFrom, 1) };
  }
  if (log) {
    const { phase, phaseStartDate } = log.stamp;
    const state: PhaseState = {
      phase,
      startDate: phaseStartDate,
      ruleId: log.stamp.phaseRuleId as RuleId,
      discharged: false,
      lastDrop: lastDropOf(log),
    };
    return { state, firstDay: addDays(log.date, 1) };
  }
  const state: PhaseState = {
    phase: 0,
    startDate: input.program.injuryDate,
    ruleId: 'program.start',
    discharged: false,
    lastDrop: null,
  };
  return { state, firstDay: input.program.startDate };
}

/** The drop a session's stamp carries; a stamp from before protocol 2.0 names it by its phase's rule. */
function lastDropOf(log: SessionLog): PhaseDrop | null {
  const { stamp } = log;
  if (stamp.lastDrop !== undefined) return stamp.lastDrop;
  if (stamp.phaseRuleId !== 'setback.significant') return null;
  const fromPhase = Math.min(3, stamp.phase + 1) as PhaseDrop['phase'];
  return { date: stamp.phaseStartDate, phase: stamp.phase, fromPhase, fromStartDate: stamp.phaseStartDate };
}

/**
 * Whether a significant setback may drop the program today: at most one drop in `minDaysBetweenDrops`
 * days, and never from the rest phase (exercise has not started there).
 */
export function dropAllowed(input: PlanInput, state: PhaseState, day: IsoDate): boolean {
  if (state.phase === 0) return false;
  const last = state.lastDrop;
  return !last || daysBetween(last.date, day) >= input.protocol.pain.minDaysBetweenDrops;
}

/**
 * The phase a significant setback drops to: one back, never below phase 1 once exercise has started
 * (CLINICAL 6). In phase 1 the phase begins again, so its gate counts afresh from the flare.
 */
export function phaseAfterDrop(phase: PhaseState['phase']): PhaseState['phase'] {
  return Math.max(1, phase - 1) as PhaseState['phase'];
}

/** The transition, if any, that happens at the start of `day`. */
function stepDay(input: PlanInput, state: PhaseState, day: IsoDate): PhaseTransition | null {
  if (state.discharged || awaitingConfirmation(input, day) || redFlagStatusOn(input, day).suspended)
    return null;
  const move = (
    phase: PhaseState['phase'],
    ruleId: RuleId,
    author: string | null = null,
  ): PhaseTransition => ({
    date: day,
    from: state,
    to: { phase, startDate: day, ruleId, discharged: false, lastDrop: state.lastDrop },
    ruleId,
    author,
  });
  if (dropAllowed(input, state, day) && significantSetback(input, state, day).passed) {
    const phase = phaseAfterDrop(state.phase);
    const drop = move(phase, 'setback.significant');
    return {
      ...drop,
      to: {
        ...drop.to,
        lastDrop: { date: day, phase, fromPhase: state.phase, fromStartDate: state.startDate },
      },
    };
  }
  switch (state.phase) {
    case 0: {
      if (conditionOn(input, day).condition === 'tendinopathy') return move(1, 'tendinopathy.no-rest-phase');
      return restGate(input, state, day).passed ? move(1, 'gate.rest') : null;
    }
    case 1: {
      if (conditionOn(input, day).condition === 'tendinopathy')
        return tendinopathyLoadingGate(input, state, day).passed
          ? move(2, 'gate.tendinopathy-loading')
          : null;
      return painSubsidesGate(input, state, day).passed ? move(2, 'gate.pain-subsides') : null;
    }
    case 2: {
      const gate = resistanceGate(input, state, day);
      return gate.passed ? move(3, 'gate.resistance-target', gate.signedOffBy) : null;
    }
    case 3: {
      const discharge = dischargeGate(input, state, day);
      if (!discharge.passed) return null;
      return {
        ...move(3, 'gate.discharge', discharge.signedOffBy),
        to: { ...state, discharged: true, ruleId: 'gate.discharge' },
      };
    }
  }
}

export interface PhaseOutcome {
  state: PhaseState;
  transitions: readonly PhaseTransition[];
}

/** The phase on `date`, walking day by day from the anchor and applying gates and setbacks. */
export function phaseOn(input: PlanInput, date: IsoDate): PhaseOutcome {
  const anchor = anchorFor(input, date);
  let state = anchor.state;
  const transitions: PhaseTransition[] = [];
  for (let day = anchor.firstDay; day <= date; day = addDays(day, 1)) {
    const transition = stepDay(input, state, day);
    if (!transition) continue;
    transitions.push(transition);
    state = transition.to;
  }
  return { state, transitions };
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return (
    a.firstDay === b.firstDay &&
    a.state.phase === b.state.phase &&
    a.state.startDate === b.state.startDate &&
    a.state.ruleId === b.state.ruleId &&
    a.state.discharged === b.state.discharged &&
    a.state.lastDrop?.date === b.state.lastDrop?.date
  );
}

interface Walk {
  anchor: Anchor;
  /** The last day stepped; the day before `anchor.firstDay` when none was. */
  through: IsoDate;
  state: PhaseState;
  transitions: PhaseTransition[];
}

/**
 * `phaseOn` for a run of days of one program and history, dates ascending: while the anchor stays the
 * same, each day continues the previous day's walk by one step instead of walking again from the
 * anchor, so planning a range costs one walk rather than one per day. A later date with a new anchor
 * (a session logged, a therapist override) starts a new walk, exactly as `phaseOn` would.
 */
export function phaseWalker(): (input: PlanInput) => PhaseOutcome {
  let walk: Walk | null = null;
  return (input) => {
    const anchor = anchorFor(input, input.date);
    if (!walk || walk.through >= input.date || !sameAnchor(walk.anchor, anchor)) {
      const through = addDays(anchor.firstDay, -1);
      walk = { anchor, through, state: anchor.state, transitions: [] };
    }
    for (let day = addDays(walk.through, 1); day <= input.date; day = addDays(day, 1)) {
      const transition = stepDay(input, walk.state, day);
      walk.through = day;
      if (!transition) continue;
      walk.transitions.push(transition);
      walk.state = transition.to;
    }
    return { state: walk.state, transitions: [...walk.transitions] };
  };
}

export function daysInPhase(state: PhaseState, date: IsoDate): number {
  return daysBetween(state.startDate, date);
}
